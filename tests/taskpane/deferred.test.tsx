import { withFirstDetectionStarted } from "../../src/taskpane/boot";
import { deferred } from "../../src/taskpane/deferred";
import { createFakeGateway, PLACES } from "./fakeGateway";

describe("deferred parts", () => {
  it("load once, and again after a failed load", async () => {
    const importModule = jest.fn<Promise<{ answer: number }>, []>().mockRejectedValueOnce(new Error("offline")).mockResolvedValue({ answer: 42 });
    const part = deferred(importModule);
    expect(part.loaded()).toBeUndefined();
    await expect(part.load()).rejects.toThrow("offline");
    expect(part.loaded()).toBeUndefined();
    await expect(Promise.all([part.load(), part.load()])).resolves.toEqual([{ answer: 42 }, { answer: 42 }]);
    expect(part.loaded()).toEqual({ answer: 42 });
    expect(importModule).toHaveBeenCalledTimes(2);
  });
});

describe("the first detection", () => {
  it("starts before the pane renders and answers the pane's first detect(); later calls ask Word again", async () => {
    const gateway = createFakeGateway();
    const started = withFirstDetectionStarted(gateway);
    expect(gateway.detect).toHaveBeenCalledTimes(1);
    gateway.place = PLACES.factor3;
    expect((await started.detect()).place).toBe(PLACES.majorDuties);
    expect(gateway.detect).toHaveBeenCalledTimes(1);
    expect((await started.detect()).place).toBe(PLACES.factor3);
    expect(gateway.detect).toHaveBeenCalledTimes(2);
  });

  it("asks Word when the first call wants a plan's reading, which the early answer does not have", async () => {
    const gateway = createFakeGateway();
    const started = withFirstDetectionStarted(gateway);
    const detection = await started.detect({ plan: true });
    expect(detection.plan).toBeDefined();
    expect(gateway.detect).toHaveBeenLastCalledWith({ plan: true });
  });

  it("hands a failed first detection to the pane's call", async () => {
    const gateway = createFakeGateway();
    gateway.detectError = new Error("Word is busy");
    const started = withFirstDetectionStarted(gateway);
    await expect(started.detect()).rejects.toThrow("Word is busy");
  });
});
