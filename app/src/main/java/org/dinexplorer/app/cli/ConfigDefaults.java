package org.dinexplorer.app.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
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
        return Map.ofEntries(Map.entry("--epochs", Integer.toString(c.epochs())),
                Map.entry("--batch", Integer.toString(c.batchSize())),
                Map.entry("--lr", Double.toString(c.learningRate())),
                Map.entry("--emb-dim", Integer.toString(c.embeddingDim())),
                Map.entry("--attention", units(c.attentionUnits())),
                Map.entry("--mlp", units(c.mlpUnits())),
                Map.entry("--activation", c.activation().name().toLowerCase(Locale.ROOT)),
                Map.entry("--history-context", Boolean.toString(c.historyContext())),
                Map.entry("--l2", Double.toString(c.embeddingL2())),
                Map.entry("--l2-by-frequency", Boolean.toString(c.frequencyAdaptiveL2())),
                Map.entry("--patience", Integer.toString(c.earlyStoppingPatience())),
                Map.entry("--gauc-weighting", c.gaucWeighting().name().toLowerCase(Locale.ROOT)),
                Map.entry("--threads", Integer.toString(c.threads())),
                Map.entry("--eval-every", Integer.toString(c.evaluateEveryBatches())));
    }

    private static String units(List<Integer> units) {
        return units.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    @Override
    public @Nullable String defaultValue(ArgSpec argSpec) {
        return argSpec instanceof OptionSpec option ? VALUES.get(option.longestName()) : null;
    }
}
