// Arc-hybrid transition system (Kuhlmann et al. 2011) with labelled moves and
// the dynamic oracle of Goldberg & Nivre (2013).
//
// Tokens are numbered 1..n; 0 is the artificial ROOT, which sits at the bottom
// of the stack from the start. Moves:
//   SHIFT      move b0 onto the stack
//   LEFT(l)    add arc b0 -l-> s0, pop s0
//   RIGHT(l)   add arc s1 -l-> s0, pop s0
// RIGHT onto ROOT is only allowed once the buffer is empty, so every tree has
// exactly one root word. Classes: 0 = SHIFT, 1 + 2*l = LEFT(l), 2 + 2*l = RIGHT(l).
//
// The move table (kMoves) gives each move its is_valid, cost and apply; the
// costs are exact for projective gold trees (train on ProjectivizeHeads output).
#ifndef DYAD_SYNTAX_TRANSITION_SYSTEM_H_
#define DYAD_SYNTAX_TRANSITION_SYSTEM_H_

#include <cstdint>
#include <vector>

namespace dyad {

enum class Move : uint8_t { kShift = 0, kLeft = 1, kRight = 2 };

inline int ClassOf(Move m, int label) { return m == Move::kShift ? 0 : (m == Move::kLeft ? 1 + 2 * label : 2 + 2 * label); }
inline Move MoveOf(int cls) { return cls == 0 ? Move::kShift : (cls % 2 == 1 ? Move::kLeft : Move::kRight); }
inline int LabelOf(int cls) { return cls == 0 ? -1 : (cls - 1) / 2; }
inline int NumClasses(int num_labels) { return 1 + 2 * num_labels; }

// Parser configuration. Arrays are indexed by token (0 = ROOT).
struct ParseState {
  int n = 0;                 // number of words
  std::vector<int> stack;    // stack[0] == 0 (ROOT)
  int b0 = 1;                // first buffer word; buffer is b0..n
  std::vector<int> head;     // -1 while unattached
  std::vector<int> label;    // -1 while unattached
  // Two leftmost / rightmost children (0 = none) and child counts.
  std::vector<int> l1, l2, r1, r2;
  std::vector<uint8_t> nl, nr;
  // Bitsets of labels on left / right children (for label-set features).
  std::vector<uint64_t> lset, rset;
  // Label id of `root` (-1: none): only arcs from ROOT carry it, and they
  // always do.
  int root_label = -1;

  void Init(int num_words);
  bool Terminal() const { return b0 > n && stack.size() == 1; }
  int S(int i) const { return i < static_cast<int>(stack.size()) ? stack[stack.size() - 1 - i] : -1; }
  int B(int i) const { return b0 + i <= n ? b0 + i : -1; }
  void AddArc(int h, int d, int lab);
};

// Gold tree for the oracle: head[d] (1-based words, head[0] unused) and label[d].
struct GoldTree {
  std::vector<int> head, label;
};

struct MoveSpec {
  const char* name;
  bool (*is_valid)(const ParseState&);
  // Number of reachable gold arcs lost (unlabelled part).
  int (*cost)(const ParseState&, const GoldTree&);
  void (*apply)(ParseState*, int label);
};

// Indexed by Move.
extern const MoveSpec kMoves[3];

// Move validity plus the root-label rule.
bool IsValid(const ParseState& s, int cls);
// Labelled cost: unlabelled cost plus one when the move builds a gold arc with
// the wrong label.
int Cost(const ParseState& s, const GoldTree& gold, int cls);
void Apply(ParseState* s, int cls);

// Heads of a tree made projective by lifting (Nivre & Nilsson 2005, without
// label encoding): each non-projective arc is re-attached to its head's head
// until the tree is projective. heads[d] is 0-based-root convention (1..n
// words, 0 = root, heads[0] ignored). Returns the number of lifts.
int ProjectivizeHeads(std::vector<int>* heads);
bool IsProjective(const std::vector<int>& heads);

}  // namespace dyad

#endif  // DYAD_SYNTAX_TRANSITION_SYSTEM_H_
