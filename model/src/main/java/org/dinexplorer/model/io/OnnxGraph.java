package org.dinexplorer.model.io;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collects the nodes, initializers, inputs and outputs of an ONNX graph and encodes the model with the field numbers
 * of {@code onnx.proto} (ModelProto, GraphProto, NodeProto, AttributeProto, TensorProto, ValueInfoProto). Each node
 * gets one output with a fresh name unless it is given one.
 */
final class OnnxGraph {

    /** TensorProto.DataType values. */
    static final int FLOAT = 1;
    static final int INT32 = 6;
    static final int INT64 = 7;

    /** The opset the graph uses: ReduceSum, Unsqueeze and Squeeze take their axes as inputs from 13 on. */
    static final int OPSET = 13;
    /** IR version 7 is the one that introduced opset 13. */
    private static final int IR_VERSION = 7;
    private static final int ATTRIBUTE_INT = 2;

    private final List<ProtoWriter> nodes = new ArrayList<>();
    private final List<ProtoWriter> initializers = new ArrayList<>();
    private final List<ProtoWriter> inputs = new ArrayList<>();
    private final List<ProtoWriter> outputs = new ArrayList<>();
    private int counter;

    /** Adds node {@code op} on {@code in} with integer attributes (name, value pairs) and returns its output. */
    String node(String op, List<String> in, Object... intAttributes) {
        return nodeTo(op.toLowerCase(java.util.Locale.ROOT) + "_" + counter++, op, in, intAttributes);
    }

    /** Adds node {@code op} on {@code in} writing {@code output}. */
    String nodeTo(String output, String op, List<String> in, Object... intAttributes) {
        ProtoWriter node = new ProtoWriter();
        in.forEach(name -> node.string(1, name));
        node.string(2, output).string(3, output).string(4, op);
        for (int i = 0; i < intAttributes.length; i += 2) {
            node.message(5, new ProtoWriter().string(1, (String) intAttributes[i])
                    .varint(3, ((Number) intAttributes[i + 1]).longValue()).varint(20, ATTRIBUTE_INT));
        }
        nodes.add(node);
        return output;
    }

    /** Adds a float initializer of shape {@code dims} (row-major values) and returns its name. */
    String floats(String name, long[] dims, float[] values) {
        ByteBuffer raw = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        return initializer(name, dims, FLOAT, raw.array());
    }

    /** A float scalar constant. */
    String scalar(float value) {
        return floats("const_" + counter++, new long[0], new float[] {value});
    }

    /** A 1-D int64 constant (axes, shapes). */
    String longs(long... values) {
        ByteBuffer raw = ByteBuffer.allocate(8 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        raw.asLongBuffer().put(values);
        return initializer("const_" + counter++, new long[] {values.length}, INT64, raw.array());
    }

    /** A 1-D int32 constant. */
    String ints(int... values) {
        ByteBuffer raw = ByteBuffer.allocate(4 * values.length).order(ByteOrder.LITTLE_ENDIAN);
        raw.asIntBuffer().put(values);
        return initializer("const_" + counter++, new long[] {values.length}, INT32, raw.array());
    }

    private String initializer(String name, long[] dims, int type, byte[] raw) {
        ProtoWriter tensor = new ProtoWriter();
        for (long d : dims) {
            tensor.varint(1, d);
        }
        initializers.add(tensor.varint(2, type).string(8, name).bytes(9, raw));
        return name;
    }

    /** Declares a graph input; a dimension is a Long (fixed) or a String (symbolic, e.g. "N"). */
    String input(String name, int type, Object... dims) {
        inputs.add(valueInfo(name, type, dims));
        return name;
    }

    /** Declares a graph output. */
    void output(String name, int type, Object... dims) {
        outputs.add(valueInfo(name, type, dims));
    }

    private static ProtoWriter valueInfo(String name, int type, Object... dims) {
        ProtoWriter shape = new ProtoWriter();
        for (Object d : dims) {
            ProtoWriter dim = new ProtoWriter();
            shape.message(1, d instanceof String symbol ? dim.string(2, symbol) : dim.varint(1, (Long) d));
        }
        ProtoWriter tensorType = new ProtoWriter().varint(1, type).message(2, shape);
        return new ProtoWriter().string(1, name).message(2, new ProtoWriter().message(1, tensorType));
    }

    /** The encoded ModelProto with this graph, the opset, the producer and string metadata. */
    byte[] model(String graphName, String producer, Map<String, String> metadata) {
        ProtoWriter graph = new ProtoWriter();
        nodes.forEach(n -> graph.message(1, n));
        graph.string(2, graphName);
        initializers.forEach(t -> graph.message(5, t));
        inputs.forEach(v -> graph.message(11, v));
        outputs.forEach(v -> graph.message(12, v));
        ProtoWriter model = new ProtoWriter().varint(1, IR_VERSION).string(2, producer)
                .message(7, graph).message(8, new ProtoWriter().string(1, "").varint(2, OPSET));
        metadata.forEach((key, value) -> model.message(14, new ProtoWriter().string(1, key).string(2, value)));
        return model.toByteArray();
    }
}
