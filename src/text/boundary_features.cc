#include "text/boundary_features.h"

#include <cstdint>

#include "base/binary_io.h"
#include "text/word_classes.h"

namespace dyad {
namespace {

// Bump when a template below changes meaning: old model files are refused.
constexpr int kBoundaryTemplateVersion = 7;  // 7: word classes
constexpr std::string_view kTemplateNames =
    "bias left next next2 leftshape nextshape leftshape+nextshape length space left+next left2 left2+left ifstarter ifstarter+lowercase+length next2shape leftshape+nextlower+nextterminal nextlower+nextlength+nextterminal leftclass nextclass leftclass+nextclass nextclass+next2class leftclass+nextclass+next2class left2class+leftclass+nextclass leftclass+nextclass+nextlower+nextterminal";

enum Template : uint64_t {
  kBias = 1,
  kLeft,
  kNext,
  kNext2,
  kLeftShape,
  kNextShape,
  kShapePair,
  kLength,
  kSpace,
  kLeftNext,
  kLeft2,
  kLeft2Left,
  kIfStarter,
  kLowercaseLength,
  kNext2Shape,
  kLeftShapeNextLower,
  kNextProfile,
  kLeftClass,
  kNextClass,
  kClassPair,
  kNextClasses,
  kLeftNextNext2Class,
  kLeft2LeftNextClass,
  kClassPairNextProfile = 26,  // (24, 25: class templates tried and left out)
};

// Template constants: splitmix64 of the template id, at compile time.
constexpr uint64_t Mix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// A feature: two values mixed by multiplication (the model uses the top
// bits) and the template's constant. Two independent multiplies, so the
// twenty-odd features of a candidate pipeline well.
template <Template kTmpl>
inline uint64_t Feat(uint64_t a, uint64_t b = 0) {
  constexpr uint64_t kConst = Mix(kTmpl);
  return (a * 0x9E3779B97F4A7C15ULL) ^ ((b + 0x632BE59BD9B4E019ULL) * 0xC2B2AE3D27D4EB4FULL) ^ kConst;
}

// A word's lower-cased FNV-1a hash and packed shape (up to 6 symbols, one
// byte each), in one pass.
struct WordKey {
  uint64_t lower, shape, exact;
};

// Per byte: its shape symbol (X upper, x lower, d digit, other ASCII as
// itself, u a UTF-8 lead byte, 0 a continuation byte, which adds nothing)
// and its ASCII-lower-cased value, so Key's loop has no branch on the
// byte's class.
struct ByteTable {
  uint8_t sym[256], lower[256];
  constexpr ByteTable() : sym(), lower() {
    for (int c = 0; c < 256; ++c) {
      lower[c] = static_cast<uint8_t>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
      sym[c] = static_cast<uint8_t>(c >= 'A' && c <= 'Z'   ? 'X'
                                    : c >= 'a' && c <= 'z' ? 'x'
                                    : c >= '0' && c <= '9' ? 'd'
                                    : c < 0x80             ? c
                                    : (c & 0xC0) == 0x80   ? 0
                                                           : 'u');
    }
  }
};
constexpr ByteTable kByteTable;

inline WordKey Key(std::string_view w) {
  uint64_t h = 1469598103934665603ULL, shape = 0, x = h;
  uint32_t symbols = 0;
  uint32_t last = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(w.data());
  for (size_t i = 0; i < w.size(); ++i) {
    const unsigned char c = p[i];
    x = (x ^ c) * 1099511628211ULL;
    h = (h ^ kByteTable.lower[c]) * 1099511628211ULL;
    // A symbol is added when it differs from the last one seen and fewer
    // than 6 are in (selected with masks: which way it goes follows the
    // word's spelling, which a branch would often guess wrong).
    const uint32_t sym = kByteTable.sym[c];
    const uint64_t take = -static_cast<uint64_t>((sym != 0) & (sym != last) & (symbols < 6));
    shape = (shape & ~take) | (((shape << 8) | sym) & take);
    symbols += static_cast<uint32_t>(take & 1);
    last = sym != 0 ? sym : last;
  }
  return {h, shape, x == 0 ? 1 : x};
}

// 1, 2, 3, 4-5, 6-8, 9-12, 13-20, 21-40, 41+
uint64_t LengthBucket(uint32_t n) {
  if (n <= 3) return n;
  if (n <= 5) return 4;
  if (n <= 8) return 5;
  if (n <= 12) return 6;
  if (n <= 20) return 7;
  if (n <= 40) return 8;
  return 9;
}

// 0, 1, 2-3, 4+
uint64_t Bucket4(uint32_t n) { return n == 0 ? 0 : n == 1 ? 1 : n <= 3 ? 2 : 3; }

}  // namespace

namespace text {

uint64_t LowerHash(std::string_view w) {
  uint64_t h = 1469598103934665603ULL;
  for (char ch : w) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') c |= 0x20;
    h = (h ^ c) * 1099511628211ULL;
  }
  return h;
}

int WordShape(std::string_view w, char buf[8]) {
  uint64_t shape = Key(w).shape;
  int n = 0;
  for (int shift = 56; shift >= 0; shift -= 8)
    if (char b = static_cast<char>(shape >> shift); b != 0) buf[n++] = b;
  return n;
}

}  // namespace text

uint64_t BoundaryTemplateSignature() {
  return Fnv1a64(kTemplateNames, 0x5E7 + kBoundaryTemplateVersion);
}

int BoundaryKindOf(const BoundaryContext& c) {
  const char l0 = c.left.empty() ? 0 : c.left[0];
  if (c.if_starter) return l0 >= 'a' && l0 <= 'z' ? kKindLowerOpener : kKindCapOpener;
  if (c.left.size() == 1 && (l0 == ',' || l0 == ':')) return kKindComma;
  const char n0 = c.next.empty() ? 0 : c.next[0];
  return n0 >= '0' && n0 <= '9' ? kKindNumber : kKindOther;
}

const char* BoundaryKindName(int kind) {
  static constexpr const char* kNames[] = {"lowercase word before an opener", "capitalised word before an opener",
                                           "comma or colon", "before a number", "other"};
  return kind >= 0 && kind < kBoundaryKinds ? kNames[kind] : "?";
}

void ExtractBoundaryFeatures(const BoundaryContext& c, const WordClasses* classes, BoundaryFeatures* out) {
  out->kind = BoundaryKindOf(c);
  const WordKey left = Key(c.left), next = Key(c.next), left2 = Key(c.left2), next2 = Key(c.next2);
  // Word classes (word_classes.h): patterns that hold past the words seen.
  // Looked up first: the table is large and seldom in cache, and the
  // features below do not wait on it.
  auto cls = [&](const WordKey& k, std::string_view w) -> uint64_t {
    return classes ? classes->Of(k.exact, w) : WordClasses::FallbackOf(w);
  };
  const uint64_t lc = cls(left, c.left), nc = cls(next, c.next), n2c = cls(next2, c.next2),
                 l2c = cls(left2, c.left2);
  uint64_t* h = out->h;
  int n = 0;
  h[n++] = Feat<kBias>(0);
  h[n++] = Feat<kLeft>(left.lower);
  h[n++] = Feat<kNext>(next.lower);
  h[n++] = Feat<kNext2>(next2.lower);
  h[n++] = Feat<kLeftShape>(left.shape);
  h[n++] = Feat<kNextShape>(next.shape);
  h[n++] = Feat<kShapePair>(left.shape, next.shape);
  h[n++] = Feat<kLength>(LengthBucket(c.sentence_tokens));
  h[n++] = Feat<kSpace>(c.space_before_next);
  h[n++] = Feat<kLeftNext>(left.lower, next.lower);
  h[n++] = Feat<kLeft2>(left2.lower);
  h[n++] = Feat<kLeft2Left>(left2.lower, left.lower);
  static_assert(BoundaryFeatures::kWordFeatures == (1u << 1 | 1u << 2 | 1u << 3 | 1u << 8 | 1u << 9 | 1u << 10));
  const uint64_t if_starter = c.if_starter;
  h[n++] = Feat<kIfStarter>(if_starter);
  // Lowercase words so far (0, 1, 2-3, 4+) with the length: prose against
  // header, signature and list lines.
  const uint64_t lower = Bucket4(c.lower_tokens);
  h[n++] = Feat<kLowercaseLength>(if_starter | (lower << 8), LengthBucket(c.sentence_tokens));
  h[n++] = Feat<kNext2Shape>(next2.shape);
  // The would-be next sentence: a clause (lowercase words, ends with
  // terminal punctuation) or a name, list or header line; alone and after
  // this kind of token (":" "," a word, a number).
  const uint64_t next_lower = Bucket4(c.next_lower);
  const uint64_t next_term = c.next_terminal;
  h[n++] = Feat<kLeftShapeNextLower>(left.shape, next_lower | (next_term << 8));
  h[n++] = Feat<kNextProfile>(next_lower | (next_term << 8), LengthBucket(c.next_tokens));
  h[n++] = Feat<kLeftClass>(lc);
  h[n++] = Feat<kNextClass>(nc);
  h[n++] = Feat<kClassPair>(lc, nc);
  h[n++] = Feat<kNextClasses>(nc, n2c);
  h[n++] = Feat<kLeftNextNext2Class>((lc << 32) | nc, n2c);
  h[n++] = Feat<kLeft2LeftNextClass>((l2c << 32) | lc, nc);
  // The pair with the would-be next sentence's profile.
  h[n++] = Feat<kClassPairNextProfile>((lc << 32) | nc, next_lower | (next_term << 8));
  out->n = n;
}

}  // namespace dyad
