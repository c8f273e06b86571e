// Free-text matching that finds Vietnamese with or without diacritics: "giai phong mat bang" finds
// "Giải phóng mặt bằng", and so does "GIẢI PHÓNG".

/** Lower case, no tone or vowel marks, đ → d: the form both sides are compared in. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when every word of `query` occurs in `text`, diacritics and case aside. */
export function matchesText(text: string, query: string): boolean {
  const haystack = foldVietnamese(text);
  return foldVietnamese(query)
    .split(' ')
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
