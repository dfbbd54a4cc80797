package org.dinexplorer.model.network;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dinexplorer.model.config.DinConfig;
import org.dinexplorer.model.config.ModelVariant;
import org.dinexplorer.model.data.FeatureSchema;

/**
 * The one place that maps a {@link ModelVariant} to the network it names: new models, model files, the trainer and
 * the benchmarks build networks here, and the app lists the variants it offers from here. DIN, BASE and LR are
 * registered from the start; adding a network is its class and one {@link #register} call.
 */
public final class NetworkRegistry {

    private static final Map<ModelVariant, NetworkFactory> FACTORIES = new LinkedHashMap<>();

    static {
        register(ModelVariant.DIN, DinNetwork::new);
        register(ModelVariant.BASE, EmbeddingMlpNetwork::new);
        register(ModelVariant.LR, LogisticRegressionNetwork::new);
    }

    private NetworkRegistry() {
    }

    /**
     * Makes {@code variant} build its networks with {@code factory}.
     *
     * @throws IllegalStateException when the variant is registered already
     */
    public static synchronized void register(ModelVariant variant, NetworkFactory factory) {
        if (FACTORIES.containsKey(variant)) {
            throw new IllegalStateException("the network variant " + variant + " is registered already");
        }
        FACTORIES.put(variant, factory);
    }

    /** The registered variants, in the order of registration (the built-in ones first). */
    public static synchronized List<ModelVariant> variants() {
        return List.copyOf(FACTORIES.keySet());
    }

    /**
     * A freshly initialised network of {@code config}'s variant.
     *
     * @throws IllegalArgumentException when no network is registered under that variant
     */
    public static Network create(DinConfig config, FeatureSchema schema, long seed) {
        NetworkFactory factory;
        synchronized (NetworkRegistry.class) {
            factory = FACTORIES.get(config.network().variant());
        }
        if (factory == null) {
            throw new IllegalArgumentException("no network is registered as " + config.network().variant() + "; known: "
                    + variants());
        }
        return factory.create(config, schema, seed);
    }
}
