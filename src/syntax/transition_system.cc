#include "syntax/transition_system.h"

#include <algorithm>
#include <cstdlib>

namespace dyad {

void ParseState::Init(int num_words) {
  n = num_words;
  stack.clear();
  stack.reserve(n + 1);
  stack.push_back(0);
  b0 = 1;
  head.assign(n + 1, -1);
  label.assign(n + 1, -1);
  l1.assign(n + 1, 0);
  l2.assign(n + 1, 0);
  r1.assign(n + 1, 0);
  r2.assign(n + 1, 0);
  nl.assign(n + 1, 0);
  nr.assign(n + 1, 0);
  lset.assign(n + 1, 0);
  rset.assign(n + 1, 0);
}

void ParseState::AddArc(int h, int d, int lab) {
  head[d] = h;
  label[d] = lab;
  uint64_t bit = 1ULL << (lab & 63);
  if (d < h) {
    // d is left of h; keep the two leftmost.
    if (l1[h] == 0 || d < l1[h]) {
      l2[h] = l1[h];
      l1[h] = d;
    } else if (l2[h] == 0 || d < l2[h]) {
      l2[h] = d;
    }
    if (nl[h] < 255) ++nl[h];
    lset[h] |= bit;
  } else {
    if (r1[h] == 0 || d > r1[h]) {
      r2[h] = r1[h];
      r1[h] = d;
    } else if (r2[h] == 0 || d > r2[h]) {
      r2[h] = d;
    }
    if (nr[h] < 255) ++nr[h];
    rset[h] |= bit;
  }
}

namespace {

// Gold dependents of w still in the buffer (their only chance of a head).
int DepsInBuffer(const ParseState& s, const GoldTree& g, int w) {
  int c = 0;
  for (int d = s.b0; d <= s.n; ++d) c += g.head[d] == w;
  return c;
}

bool ShiftValid(const ParseState& s) { return s.b0 <= s.n; }
bool LeftValid(const ParseState& s) { return s.b0 <= s.n && s.stack.size() >= 2; }
bool RightValid(const ParseState& s) {
  return s.stack.size() > 2 || (s.stack.size() == 2 && s.b0 > s.n);
}

int ShiftCost(const ParseState& s, const GoldTree& g) {
  int b = s.b0, c = 0;
  int h = g.head[b];
  // b's head deeper in the stack than s0 becomes unreachable; stack words
  // whose head is b can no longer get it.
  for (size_t i = 0; i + 1 < s.stack.size(); ++i) {
    int w = s.stack[i];
    if (w == h) ++c;
    if (w != 0 && g.head[w] == b) ++c;
  }
  int s0 = s.stack.back();
  if (s0 != 0 && g.head[s0] == b) ++c;
  return c;
}

int LeftCost(const ParseState& s, const GoldTree& g) {
  int s0 = s.S(0), s1 = s.S(1);
  int c = DepsInBuffer(s, g, s0);
  int h = g.head[s0];
  if (h != s.b0 && (h == s1 || h > s.b0)) ++c;
  return c;
}

int RightCost(const ParseState& s, const GoldTree& g) {
  int s0 = s.S(0);
  int c = DepsInBuffer(s, g, s0);
  if (g.head[s0] >= s.b0) ++c;
  return c;
}

void ShiftApply(ParseState* s, int) { s->stack.push_back(s->b0++); }
void LeftApply(ParseState* s, int lab) {
  int s0 = s->stack.back();
  s->stack.pop_back();
  s->AddArc(s->b0, s0, lab);
}
void RightApply(ParseState* s, int lab) {
  int s0 = s->stack.back();
  s->stack.pop_back();
  s->AddArc(s->stack.back(), s0, lab);
}

}  // namespace

const MoveSpec kMoves[3] = {
    {"SHIFT", ShiftValid, ShiftCost, ShiftApply},
    {"LEFT", LeftValid, LeftCost, LeftApply},
    {"RIGHT", RightValid, RightCost, RightApply},
};

bool IsValid(const ParseState& s, int cls) {
  Move m = MoveOf(cls);
  if (!kMoves[static_cast<int>(m)].is_valid(s)) return false;
  if (s.root_label < 0 || m == Move::kShift) return true;
  bool to_root = m == Move::kRight && s.S(1) == 0;
  return to_root == (LabelOf(cls) == s.root_label);
}

int Cost(const ParseState& s, const GoldTree& gold, int cls) {
  Move m = MoveOf(cls);
  int c = kMoves[static_cast<int>(m)].cost(s, gold);
  if (m == Move::kShift) return c;
  int s0 = s.S(0);
  int h = m == Move::kLeft ? s.b0 : s.S(1);
  if (gold.head[s0] == h && gold.label[s0] != LabelOf(cls)) ++c;
  return c;
}

void Apply(ParseState* s, int cls) { kMoves[static_cast<int>(MoveOf(cls))].apply(s, LabelOf(cls)); }

namespace {

// True when every word strictly between h and d descends from h.
bool ArcProjective(const std::vector<int>& heads, int h, int d) {
  int lo = std::min(h, d), hi = std::max(h, d);
  for (int k = lo + 1; k < hi; ++k) {
    int x = k, steps = 0;
    while (x != h && x != 0 && steps++ <= static_cast<int>(heads.size())) x = heads[x];
    if (x != h) return false;
  }
  return true;
}

}  // namespace

bool IsProjective(const std::vector<int>& heads) {
  for (size_t d = 1; d < heads.size(); ++d)
    if (!ArcProjective(heads, heads[d], static_cast<int>(d))) return false;
  return true;
}

int ProjectivizeHeads(std::vector<int>* heads) {
  std::vector<int>& h = *heads;
  int lifts = 0;
  const int n = static_cast<int>(h.size()) - 1;
  while (lifts <= n * n) {
    // Lift the shortest non-projective arc whose head is not the root.
    int best = -1, best_len = 1 << 30;
    for (int d = 1; d <= n; ++d) {
      if (h[d] <= 0) continue;
      int len = std::abs(h[d] - d);
      if (len < best_len && !ArcProjective(h, h[d], d)) {
        best = d;
        best_len = len;
      }
    }
    if (best < 0) break;
    h[best] = h[h[best]];
    ++lifts;
  }
  return lifts;
}

}  // namespace dyad
