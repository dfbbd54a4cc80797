package org.dinexplorer.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.dinexplorer.app.service.explore.ExploreService;
import org.dinexplorer.app.service.explore.ExploreUser;
import org.dinexplorer.app.service.explore.TestUser;
import org.dinexplorer.app.service.runs.ModelLocator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code din-explorer bench explore}: the Explore page's calls, timed as the page makes them (one service, the opened
 * training set and model cached between users).
 */
@Command(name = "explore", mixinStandardHelpOptions = true,
        description = {"Time what the Explore page does: open the training set and list the test day's users once, "
                + "then show users drawn at random (profile, impressions, history, candidates) and, with --model, "
                + "score each one's candidates with attention and influences; last, add an ad as a candidate by id.",
            "Other programs running at the same time change the figures; run it on a quiet machine."})
final class BenchExploreCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "Database with a built training set.")
    private Path db;

    @Option(names = "--users", defaultValue = "200", paramLabel = "N",
            description = "Test users to show. Default: ${DEFAULT-VALUE}.")
    private int users;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N",
            description = "Seed of the user draw. Default: ${DEFAULT-VALUE}.")
    private long seed;

    @Option(names = "--model", paramLabel = "RUN|FILE",
            description = "Also score each user's candidates with this model (run id or model file).")
    private @Nullable String model;

    @Override
    public Integer call() {
        if (users < 1) {
            throw new CliFailure(ExitCodes.USAGE, "--users must be at least 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        ExploreService explore = new ExploreService();
        Path modelFile = model == null ? null : new ModelLocator().resolve(db, model);
        long start = System.nanoTime();
        List<TestUser> testUsers = explore.testUsers(db);
        out.printf(Locale.ROOT, "Opened the training set and listed %,d test users in %.2f s%n", testUsers.size(),
                (System.nanoTime() - start) / 1e9);
        if (testUsers.isEmpty()) {
            out.println("The test split has no users.");
            return ExitCodes.OK;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] showMillis = new double[users];
        double[] scoreMillis = new double[users];
        long impressions = 0;
        long candidates = 0;
        int lastAd = 0;
        for (int i = 0; i < users; i++) {
            int userId = testUsers.get(random.nextInt(testUsers.size())).userId();
            long shown = System.nanoTime();
            ExploreUser user = explore.explore(db, userId);
            showMillis[i] = (System.nanoTime() - shown) / 1e6;
            impressions += user.impressions().size();
            candidates += user.candidates().size();
            lastAd = user.candidates().get(0).adgroupId();
            if (modelFile != null) {
                long scored = System.nanoTime();
                explore.score(db, modelFile, user, user.history(), user.candidates());
                scoreMillis[i] = (System.nanoTime() - scored) / 1e6;
            }
        }
        out.printf(Locale.ROOT, "%,d users (%.1f impressions and %.1f candidate ads each on average):%n", users,
                impressions / (double) users, candidates / (double) users);
        print(out, "show a user", showMillis);
        if (modelFile != null) {
            print(out, "score its candidates", scoreMillis);
            out.println("(the first scoring includes loading the model)");
        }
        long found = System.nanoTime();
        explore.findAd(db, lastAd);
        out.printf(Locale.ROOT, "  add ad %d as a candidate: %.2f s (the first search indexes the training ads)%n",
                lastAd, (System.nanoTime() - found) / 1e9);
        out.flush();
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        out.printf(Locale.ROOT, "  %-21s median %7.1f ms  95th percentile %7.1f ms  max %7.1f ms%n", what,
                sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
                sorted[sorted.length - 1]);
    }
}
