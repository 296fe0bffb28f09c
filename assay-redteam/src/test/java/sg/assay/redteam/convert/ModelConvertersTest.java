package sg.assay.redteam.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.convert.Converter;
import sg.assay.convert.ConverterChain;
import sg.assay.message.Message;
import sg.assay.redteam.model.ModelClient;
import sg.assay.run.Retrier;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

class ModelConvertersTest {
    private final List<TargetRequest> seen = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Registry<Converter> registry(Optional<Spec> defaultModel) {
        Target rewriter = new Target() {
            @Override
            public TargetResponse generate(TargetRequest r) {
                seen.add(r);
                return TargetResponse.of("<text>REWRITTEN</text>", new Usage(1, 1, 1), "m");
            }

            @Override
            public String describe() {
                return "rewriter";
            }
        };
        Registry<Converter> r = new Registry<>("converter");
        ModelConverters.components(s -> new ModelClient(rewriter, 2, Retrier.defaults(0)), defaultModel)
                .forEach(r::register);
        return r;
    }

    @Test
    void should_send_the_instructions_and_the_tagged_prompt_and_unwrap_the_reply() {
        Converter c = registry(Optional.of(Spec.of("any"))).create(Spec.parse("translate:to=ms"));
        assertThat(c.convert("hello")).isEqualTo("REWRITTEN");
        List<Message> sent = seen.getFirst().messages();
        assertThat(sent.getFirst().text()).contains("Malay").contains("<task>translate:ms</task>");
        assertThat(sent.getLast().text()).isEqualTo("<text>hello</text>");
    }

    @Test
    void should_build_every_rewrite_from_its_prompt_file() {
        Registry<Converter> r = registry(Optional.of(Spec.of("any")));
        for (String spec : List.of(
                "code-switch:style=singlish",
                "code-switch:style=taglish",
                "paraphrase",
                "tone:style=urgent",
                "persuade:technique=expert",
                "pivot:via=km")) {
            assertThat(r.create(Spec.parse(spec)).convert("x")).isEqualTo("REWRITTEN");
        }
        assertThat(seen)
                .extracting(q -> q.messages().getFirst().text())
                .anySatisfy(s -> assertThat(s).contains("Singlish"))
                .anySatisfy(s -> assertThat(s).contains("Khmer"))
                .anySatisfy(s -> assertThat(s).contains("expert endorsement"))
                .anySatisfy(s -> assertThat(s).contains("urgent tone"));
    }

    @Test
    void should_chain_with_deterministic_converters_and_reject_unknown_choices() {
        Registry<Converter> r = registry(Optional.of(Spec.of("any")));
        sg.assay.convert.Converters.components().forEach(r::register);
        assertThat(ConverterChain.parse("paraphrase|base64", r::create).convert("x"))
                .isEqualTo("UkVXUklUVEVO");
        assertThatThrownBy(() -> r.create(Spec.parse("code-switch:style=klingon")))
                .hasMessageContaining("style 'klingon' is not known");
        assertThatThrownBy(() -> r.create(Spec.parse("translate:to=xx"))).hasMessageContaining("language 'xx'");
        assertThatThrownBy(() -> registry(Optional.empty()).create(Spec.parse("paraphrase")))
                .hasMessageContaining("needs parameter 'model'");
    }
}
