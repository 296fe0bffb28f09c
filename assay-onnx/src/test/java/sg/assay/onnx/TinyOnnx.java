package sg.assay.onnx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a tiny ONNX classifier (protobuf encoded by hand, opset 13) for tests of the logits path:
 * {@code logits = mean(float(ids)) * W + B} over one int64 input of shape [1, seq], so its output is a known function
 * of the token ids the tokenizer produced.
 */
final class TinyOnnx {
    private TinyOnnx() {}

    static void write(Path file, String inputName, float[] w, float[] b) throws IOException {
        Pb graph = new Pb()
                .msg(
                        1,
                        node(
                                "Cast",
                                new String[] {inputName},
                                "f",
                                new Pb().str(1, "to").num(3, 1).num(20, 2)))
                .msg(
                        1,
                        node(
                                "ReduceMean",
                                new String[] {"f"},
                                "m",
                                new Pb().str(1, "axes").num(8, 1).num(20, 7),
                                new Pb().str(1, "keepdims").num(3, 1).num(20, 2)))
                .msg(1, node("MatMul", new String[] {"m", "W"}, "mw"))
                .msg(1, node("Add", new String[] {"mw", "B"}, "logits"))
                .str(2, "tiny")
                .msg(5, tensor("W", new long[] {1, w.length}, w))
                .msg(5, tensor("B", new long[] {b.length}, b))
                .msg(11, value(inputName, 7, new Pb().msg(1, new Pb().num(1, 1)).msg(1, new Pb().str(2, "seq"))))
                .msg(12, value("logits", 1, new Pb().msg(1, new Pb().num(1, 1)).msg(1, new Pb().num(1, w.length))));
        Pb model = new Pb()
                .num(1, 8)
                .str(2, "assay-test")
                .msg(7, graph)
                .msg(8, new Pb().str(1, "").num(2, 13));
        Files.write(file, model.bytes());
    }

    private static Pb node(String op, String[] inputs, String output, Pb... attributes) {
        Pb n = new Pb();
        for (String in : inputs) {
            n.str(1, in);
        }
        n.str(2, output).str(3, op.toLowerCase(java.util.Locale.ROOT)).str(4, op);
        for (Pb a : attributes) {
            n.msg(5, a);
        }
        return n;
    }

    private static Pb tensor(String name, long[] dims, float[] values) {
        Pb t = new Pb();
        for (long d : dims) {
            t.num(1, d);
        }
        ByteBuffer buf = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float v : values) {
            buf.putFloat(v);
        }
        return t.num(2, 1).str(8, name).raw(9, buf.array());
    }

    /** A ValueInfoProto: a tensor of an element type (1 float, 7 int64) and shape. */
    private static Pb value(String name, int elemType, Pb shape) {
        return new Pb()
                .str(1, name)
                .msg(2, new Pb().msg(1, new Pb().num(1, elemType).msg(2, shape)));
    }

    /** A protobuf message writer: varint fields and length-delimited fields. */
    static final class Pb {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Pb num(int field, long v) {
            varint((long) field << 3);
            varint(v);
            return this;
        }

        Pb raw(int field, byte[] bytes) {
            varint(((long) field << 3) | 2);
            varint(bytes.length);
            out.writeBytes(bytes);
            return this;
        }

        Pb str(int field, String s) {
            return raw(field, s.getBytes(StandardCharsets.UTF_8));
        }

        Pb msg(int field, Pb m) {
            return raw(field, m.bytes());
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
