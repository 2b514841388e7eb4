import { act, renderHook, waitFor } from "@testing-library/react";
import { samePlace, useCursorSection } from "../../src/taskpane/hooks/useCursorSection";
import { createFakeGateway, PLACES, sectionPlace } from "./fakeGateway";

describe("samePlace", () => {
  it("compares places by value", () => {
    expect(samePlace(PLACES.majorDuties, { ...PLACES.majorDuties })).toBe(true);
    expect(samePlace(PLACES.titleBlock, { kind: "before-sections" })).toBe(true);
    expect(samePlace(PLACES.footer, { kind: "outside-body", where: "footer" })).toBe(true);
  });

  it("tells apart places that differ in any field", () => {
    expect(samePlace(PLACES.majorDuties, PLACES.factor3)).toBe(false);
    expect(samePlace(PLACES.factor4, sectionPlace("factor-4", "Factor 4 – Complexity (supervisory)", null))).toBe(false);
    expect(samePlace(PLACES.factor3, sectionPlace("factor-3", "Factor 3 – Guidelines", null))).toBe(false);
    expect(samePlace(PLACES.footer, { kind: "outside-body", where: "header" })).toBe(false);
    expect(samePlace(PLACES.titleBlock, PLACES.footer)).toBe(false);
  });
});

describe("useCursorSection", () => {
  it("keeps its state when the gateway answers the same place with a new object", async () => {
    const gateway = createFakeGateway({ place: PLACES.majorDuties });
    const { result } = renderHook(() => useCursorSection(gateway, true));
    await waitFor(() => expect(result.current.cursor.status).toBe("ready"));
    const before = result.current.cursor;

    gateway.place = { ...PLACES.majorDuties };
    act(() => result.current.refresh());
    await waitFor(() => expect(gateway.detect).toHaveBeenCalledTimes(2));
    await act(async () => undefined);
    expect(result.current.cursor).toBe(before);

    gateway.place = PLACES.factor3;
    act(() => result.current.refresh());
    await waitFor(() => expect(result.current.cursor).not.toBe(before));
    expect(result.current.cursor).toEqual({ status: "ready", detection: expect.objectContaining({ place: PLACES.factor3 }) });
  });
});
