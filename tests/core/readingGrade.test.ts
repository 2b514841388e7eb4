import { createGradeCounter } from "../../src/core/readingGrade";

describe("reading grade (Flesch–Kincaid)", () => {
  it("follows the formula: 0.39 × words per sentence + 11.8 × syllables per word − 15.59", () => {
    // 8 words, 2 sentences, 8 syllables: 0.39 × 4 + 11.8 × 1 − 15.59 = −2.23.
    expect(createGradeCounter()(["The cat sat on the mat. It ran."])).toEqual({ grade: -2.2, words: 8, sentences: 2 });
    // 6 words, 1 sentence, 1 + 2 + 2 + 1 + 1 + 4 = 11 syllables: 0.39 × 6 + 11.8 × 11 / 6 − 15.59 = 8.38.
    expect(createGradeCounter()(["The office reviews all new applications."])!.grade).toBeCloseTo(8.4, 1);
  });

  it("reads plainer text as a lower grade", () => {
    const grade = createGradeCounter();
    const plain = grade(["We use the tools we have. We help people."])!.grade;
    const wordy = grade(["The organization utilizes its institutional capabilities to facilitate the accomplishment of objectives."])!.grade;
    expect(plain).toBeLessThan(wordy);
  });

  it("counts a paragraph without a full stop as one sentence, and none for no words", () => {
    expect(createGradeCounter()(["Major Duties", "It works. It helps!"])).toMatchObject({ words: 6, sentences: 3 });
    expect(createGradeCounter()(["", "   ", "—"])).toBeNull();
  });
});
