import { AGENCY_NAME_MAX_LENGTH, cleanAgencyName, isTamperedAgencyName } from "../../src/core/agencyName";

describe("cleanAgencyName", () => {
  it("keeps an ordinary name as it is", () => {
    expect(cleanAgencyName("USDA")).toBe("USDA");
    expect(cleanAgencyName("Department of Veterans Affairs")).toBe("Department of Veterans Affairs");
    expect(cleanAgencyName("Administração Nacional")).toBe("Administração Nacional");
  });

  it("turns line breaks and tabs into single spaces, so the name stays one paragraph", () => {
    expect(cleanAgencyName("US\nDA")).toBe("US DA");
    expect(cleanAgencyName("US\r\nDA")).toBe("US DA");
    expect(cleanAgencyName("US\u2028DA\u2029x\u0085y\vz\fw")).toBe("US DA x y z w");
    expect(cleanAgencyName("Dept.\t\tof Energy")).toBe("Dept. of Energy");
  });

  it("removes NUL and other control characters", () => {
    expect(cleanAgencyName("US\u0000DA")).toBe("USDA");
    expect(cleanAgencyName("\u0007U\u001bS\u007fD\u009bA")).toBe("USDA");
  });

  it("removes bidirectional overrides, embeddings, isolates and marks", () => {
    expect(cleanAgencyName("\u202EADSU")).toBe("ADSU");
    expect(cleanAgencyName("U\u202AS\u202BD\u202CA\u202D")).toBe("USDA");
    expect(cleanAgencyName("\u2066U\u2067S\u2068D\u2069A\u200E\u200F\u061C")).toBe("USDA");
  });

  it("removes zero-width characters and lone surrogate halves but keeps whole astral characters", () => {
    expect(cleanAgencyName("U\u200BS\u2060D\uFEFFA")).toBe("USDA");
    expect(cleanAgencyName("US\uD800DA\uDC00")).toBe("USDA");
    expect(cleanAgencyName("Agency \u{1D4D0}")).toBe("Agency \u{1D4D0}");
  });

  it("gives null for a name with no visible letter or digit: joiners, fillers, blanks and spaces of every kind", () => {
    const invisible = [
      "\u200C\u200D", // zero-width non-joiner and joiner
      "\u3164", // Hangul filler (a letter that shows nothing)
      "\u115F\u1160\uFFA0", // Hangul choseong and jungseong fillers, halfwidth filler
      "\u2800\u2800", // Braille blank
      "\u00AD\u034F\u180E\uFE0F\u{E0041}", // soft hyphen, grapheme joiner, Mongolian separator, variation selector, tag
      "\u2000\u2003\u205F\u3000\u00A0", // spaces of every width
      "\u200C \u3164 \u2800", // a mix of them
      "—.", // punctuation only
    ];
    for (const value of invisible) expect({ value, cleaned: cleanAgencyName(value) }).toEqual({ value, cleaned: null });
  });

  it("removes joiners and fillers inside a name and turns the Braille blank into a space", () => {
    expect(cleanAgencyName("U\u200CS\u200DD\u3164A")).toBe("USDA");
    expect(cleanAgencyName("Dept.\u2800of\u2800Labor")).toBe("Dept. of Labor");
    expect(cleanAgencyName("\u3164 DOL 2\u2800")).toBe("DOL 2");
  });

  it("collapses and trims white space", () => {
    expect(cleanAgencyName("   U.S.   Department\u00A0 of   Labor  ")).toBe("U.S. Department of Labor");
  });

  it("gives null for blank, invisible-only or non-string values (use the default)", () => {
    for (const value of ["", "   ", "\n\t", "\u202E\u0000\u200B", null, undefined, 42, { name: "USDA" }, ["USDA"]]) {
      expect(cleanAgencyName(value)).toBeNull();
    }
  });

  it("cuts the name to the settings box's length, without splitting a character", () => {
    expect(cleanAgencyName("A".repeat(200))).toBe("A".repeat(AGENCY_NAME_MAX_LENGTH));
    const astral = "x" + "\u{1D4D0}".repeat(60); // the 80th UTF-16 unit is a high surrogate
    const cleaned = cleanAgencyName(astral)!;
    expect(cleaned.length).toBeLessThanOrEqual(AGENCY_NAME_MAX_LENGTH);
    expect(cleaned).toBe("x" + "\u{1D4D0}".repeat(39));
    expect(cleanAgencyName("A".repeat(AGENCY_NAME_MAX_LENGTH - 1) + " B")).toBe("A".repeat(AGENCY_NAME_MAX_LENGTH - 1));
  });

  it("caps a 1,000,000-character value", () => {
    const cleaned = cleanAgencyName("USDA " + "x\u202E\n".repeat(333_333));
    expect(cleaned).toBe(("USDA " + "x ".repeat(40)).slice(0, AGENCY_NAME_MAX_LENGTH).trimEnd());
    expect(cleanAgencyName("\u200B".repeat(1_000_000) + " USDA ")).toBe("USDA");
  });

  it("reads a long value piece by piece without breaking the characters or spaces between pieces", () => {
    for (let pad = 1020; pad <= 1030; pad++) {
      expect(cleanAgencyName(" ".repeat(pad) + "\u{1D4D0}x")).toBe("\u{1D4D0}x");
      expect(cleanAgencyName("\u202E".repeat(pad) + "US  \n DA")).toBe("US DA");
    }
  });
});

describe("isTamperedAgencyName", () => {
  it("is false for names the settings box could have saved and for absent values", () => {
    expect(isTamperedAgencyName("USDA")).toBe(false);
    expect(isTamperedAgencyName(undefined)).toBe(false);
    expect(isTamperedAgencyName(null)).toBe(false);
  });

  it("is true for names cleaning would change", () => {
    for (const value of ["US\nDA", "\u202EUSDA", "USDA\u0000", " USDA", "A".repeat(81)]) expect(isTamperedAgencyName(value)).toBe(true);
  });
});
