package org.dinexplorer.storage.runs;

/** Runs and evaluation points for the run-store tests. */
final class RunFixtures {

    private RunFixtures() {
    }

    static NewRun newRun(String name, Long parent) {
        return new NewRun(parent, name, "", "DIN", "{\"a\":1}", "abc123", 42L, "fp1", "{\"java\":\"17\"}");
    }

    static EvaluationPoint point(int epoch, long step, String split, double auc) {
        return new EvaluationPoint(epoch, step, split, true, 0.5, auc, Double.NaN, Double.NaN, 0.6, 0.7, 100, 0, 1.5);
    }
}
