package org.dinexplorer.model.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Which network a run trains: the name under which {@code model.network.NetworkRegistry} finds the network's
 * factory, stored as that name in configs and model files ({@code "DIN"}). The three built-in networks have
 * constants; another network is one more name registered there.
 *
 * @param name upper-case letters, digits and underscores, starting with a letter
 */
public record ModelVariant(String name) {

    /** Deep Interest Network: attention of the candidate ad over the behaviour history (Zhou et al., KDD 2018). */
    public static final ModelVariant DIN = new ModelVariant("DIN");
    /** Embedding&amp;MLP baseline: the history is pooled by mean (or sum), without attention. */
    public static final ModelVariant BASE = new ModelVariant("BASE");
    /** Logistic regression: one weight per feature value (embedding size 1), no hidden layers. */
    public static final ModelVariant LR = new ModelVariant("LR");

    /** Checks the name's form. */
    public ModelVariant {
        if (name == null || !name.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("a model variant is named by upper-case letters, digits and "
                    + "underscores, starting with a letter; got '" + name + "'");
        }
    }

    /** The variant named {@code name} (as configs and model files store it). */
    @JsonCreator
    public static ModelVariant valueOf(String name) {
        return new ModelVariant(name);
    }

    /** The name, as stored. */
    @Override
    @JsonValue
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
