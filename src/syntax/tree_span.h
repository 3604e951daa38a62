// Spans of subtrees in a dependency tree given as heads (0 = root, else the
// 1-based index of the head), used by the tree repairs.
#ifndef DYAD_SYNTAX_TREE_SPAN_H_
#define DYAD_SYNTAX_TREE_SPAN_H_

#include <vector>

namespace dyad {

// Whether word a (0-based) is word d or one of its ancestors.
bool Dominates(const std::vector<int>& head, int a, int d);
// The leftmost and rightmost words (0-based) of word w's subtree. In a
// projective subtree every word between them belongs to it.
int LeftEdge(const std::vector<int>& head, int w);
int RightEdge(const std::vector<int>& head, int w);

}  // namespace dyad

#endif  // DYAD_SYNTAX_TREE_SPAN_H_
