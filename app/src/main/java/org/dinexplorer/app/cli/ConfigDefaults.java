package org.dinexplorer.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.config.NetworkConfig;
import org.dinexplorer.model.config.OptimizerConfig;
import org.dinexplorer.model.config.ScheduleConfig;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Defaults of the training options of {@code train} and {@code demo}, taken from {@link DinConfig#defaults} for DIN so
 * that {@code ${DEFAULT-VALUE}} in their help cannot drift from the configuration. Every variant has these same
 * defaults, so a left-out option of {@code train} already holds its chosen variant's default.
 */
final class ConfigDefaults implements IDefaultValueProvider {

    private static final Map<String, String> VALUES = values(DinConfig.defaults(ModelVariant.DIN));

    private static Map<String, String> values(DinConfig c) {
        NetworkConfig network = c.network();
        OptimizerConfig optimizer = c.optimizer();
        ScheduleConfig schedule = c.schedule();
        return Map.ofEntries(Map.entry("--epochs", Integer.toString(schedule.epochs())),
                Map.entry("--batch", Integer.toString(schedule.batchSize())),
                Map.entry("--lr", Double.toString(optimizer.learningRate())),
                Map.entry("--emb-dim", Integer.toString(network.embeddingDim())),
                Map.entry("--attention", units(network.attentionUnits())),
                Map.entry("--mlp", units(network.mlpUnits())),
                Map.entry("--activation", network.activation().name().toLowerCase(Locale.ROOT)),
                Map.entry("--history-context", Boolean.toString(network.historyContext())),
                Map.entry("--l2", Double.toString(optimizer.embeddingL2())),
                Map.entry("--l2-by-frequency", Boolean.toString(optimizer.frequencyAdaptiveL2())),
                Map.entry("--patience", Integer.toString(schedule.earlyStoppingPatience())),
                Map.entry("--gauc-weighting", schedule.gaucWeighting().name().toLowerCase(Locale.ROOT)),
                Map.entry("--threads", Integer.toString(schedule.threads())),
                Map.entry("--eval-every", Integer.toString(schedule.evaluateEveryBatches())));
    }

    private static String units(List<Integer> units) {
        return units.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public @Nullable String defaultValue(ArgSpec argSpec) {
        return argSpec instanceof OptionSpec option ? VALUES.get(option.longestName()) : null;
    }
}
