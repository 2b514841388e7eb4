/**
 * jest's order (failed first, then longest first), with the browser tests that time the pane's own tasks last: they
 * wait there until every other browser test file is done (tests/e2e/setup.ts), so the suite runs on every core and
 * those measurements still see an otherwise idle machine.
 */
const Sequencer = require("@jest/test-sequencer").default;

const RUN_ALONE = /[/\\]tests[/\\]e2e[/\\](longDocument|coverageBudget)\.test\.ts$/;

class RunAloneLast extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    return [...sorted.filter((test) => !RUN_ALONE.test(test.path)), ...sorted.filter((test) => RUN_ALONE.test(test.path))];
  }
}

module.exports = RunAloneLast;
module.exports.RUN_ALONE = RUN_ALONE;
