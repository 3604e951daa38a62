// Spans of subtrees in a dependency tree given as heads (0 = root, else the
// 1-based index of the head), and small queries shared by the tree repairs.
#ifndef DYAD_SYNTAX_TREE_SPAN_H_
#define DYAD_SYNTAX_TREE_SPAN_H_

#include <string>
#include <vector>

namespace dyad {

// Whether word a (0-based) is word d or one of its ancestors.
bool Dominates(const std::vector<int>& head, int a, int d);
// The leftmost and rightmost words (0-based) of word w's subtree. In a
// projective subtree every word between them belongs to it.
int LeftEdge(const std::vector<int>& head, int w);
int RightEdge(const std::vector<int>& head, int w);

// Whether some child c of word w (0-based) satisfies pred(c).
template <typename Pred>
bool HasChild(const std::vector<int>& head, int w, Pred&& pred) {
  const int n = static_cast<int>(head.size());
  for (int c = 0; c < n; ++c)
    if (head[c] == w + 1 && pred(c)) return true;
  return false;
}

// Whether every annotation of a sentence has one entry per word (the
// repairs leave a sentence alone otherwise).
template <typename... Vectors>
bool OneEntryPerWord(size_t n, const Vectors&... v) {
  return ((v.size() == n) && ...);
}

}  // namespace dyad

#endif  // DYAD_SYNTAX_TREE_SPAN_H_
