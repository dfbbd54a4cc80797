package org.dinexplorer.app.service.training;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Canonical JSON of a {@link RunConfig}: the Jackson binding of the config records (the one model files use too), with
 * every key sorted and decimals plain and without trailing zeros, so that equal configs give one text and one SHA-256,
 * the same text earlier versions wrote by hand. The model config stays one flat object (see {@code DinConfig}), so
 * configs stored before it came in parts read as they are.
 */
final class RunConfigJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .addModule(new SimpleModule().addSerializer(double.class, new PlainDecimal())
                    .addSerializer(Double.class, new PlainDecimal()))
            // the unwrapped parts of the model config each see the keys of the others
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a stored number stays a number of its kind: no 1.5 read as batch size 1, no "0.1" as a rate
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .build();

    private RunConfigJson() {
    }

    static String write(RunConfig config) {
        ObjectNode tree = MAPPER.valueToTree(config);
        tree.put("formatVersion", RunConfig.FORMAT_VERSION);
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a run config as JSON", e);
        }
    }

    /**
     * @throws org.dinexplorer.model.config.ConfigFieldException naming the field when a setting is out of range
     * @throws IllegalArgumentException                         when the text is no run config of this format
     */
    static RunConfig read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the run config is not valid JSON: " + e.getOriginalMessage(), e);
        }
        JsonNode version = root.path("formatVersion");
        if (!version.canConvertToInt() || version.asInt() != RunConfig.FORMAT_VERSION) {
            throw new IllegalArgumentException("run config format version " + version + " is not supported (this "
                    + "version of DIN Explorer reads " + RunConfig.FORMAT_VERSION + ")");
        }
        try {
            return MAPPER.treeToValue(root, RunConfig.class);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof IllegalArgumentException invalid) {
                throw invalid;
            }
            throw invalid(e);
        } catch (JsonMappingException e) {
            throw invalid(e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the run config is invalid: " + e.getOriginalMessage(), e);
        }
    }

    /** Names where in the config the value is that Jackson could not bind, e.g. {@code model.batchSize}. */
    private static IllegalArgumentException invalid(JsonMappingException e) {
        String at = e.getPath().stream().map(JsonMappingException.Reference::getFieldName).filter(Objects::nonNull)
                .collect(Collectors.joining("."));
        return new IllegalArgumentException("the run config is invalid" + (at.isEmpty() ? "" : " at '" + at + "'")
                + ": " + e.getOriginalMessage(), e);
    }

    /** Plain decimal without trailing zeros, e.g. 0.001, 1, 1E-8 becomes 0.00000001: the same double, one text. */
    private static final class PlainDecimal extends StdSerializer<Double> {

        private static final long serialVersionUID = 1L;

        PlainDecimal() {
            super(Double.class);
        }

        @Override
        public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            BigDecimal exact = new BigDecimal(Double.toString(value)).stripTrailingZeros();
            gen.writeNumber(exact.scale() < 0 ? exact.setScale(0) : exact);
        }
    }
}
