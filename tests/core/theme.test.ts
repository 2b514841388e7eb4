import { themeModeForBackground } from "../../src/core/theme";

describe("themeModeForBackground", () => {
  it.each([
    ["#FFFFFF", "light"],
    ["#f3f2f1", "light"],
    ["#262626", "dark"],
    ["#000000", "dark"],
    ["1F1F1F", "dark"],
    ["#D4D4D4", "light"],
  ])("%s is %s", (color, mode) => {
    expect(themeModeForBackground(color)).toBe(mode);
  });

  it.each([undefined, null, "", "red", "#fff", "#GGGGGG"])("%p gives no answer", (color) => {
    expect(themeModeForBackground(color)).toBeNull();
  });
});
