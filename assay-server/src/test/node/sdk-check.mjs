// Drives a running assay mock-server with the official OpenAI Node SDK.
// Usage: node sdk-check.mjs http://127.0.0.1:8089 ; prints one line per check and exits 1 on the first failure.
import OpenAI from "openai";

const root = process.argv[2];
if (!root) {
  console.error("usage: node sdk-check.mjs <server root URL>");
  process.exit(2);
}
const client = new OpenAI({ baseURL: `${root}/v1`, apiKey: "sk-node-test", maxRetries: 0, timeout: 10_000 });

function check(name, condition, detail) {
  if (!condition) {
    console.error(`FAIL ${name}: ${detail}`);
    process.exit(1);
  }
  console.log(`ok ${name}`);
}

const chat = await client.chat.completions.create({
  model: "mock-echo",
  messages: [{ role: "user", content: "hello node" }],
});
check("chat", chat.choices[0].message.content === "hello node", JSON.stringify(chat));
check("usage", chat.usage.completion_tokens === 2, JSON.stringify(chat.usage));

const stream = await client.chat.completions.create({
  model: "mock-echo",
  messages: [{ role: "user", content: "one two three" }],
  stream: true,
  stream_options: { include_usage: true },
});
let text = "";
let usage = null;
for await (const chunk of stream) {
  for (const c of chunk.choices) text += c.delta?.content ?? "";
  if (chunk.usage) usage = chunk.usage;
}
check("stream", text === "one two three", text);
check("stream usage", usage?.completion_tokens === 3, JSON.stringify(usage));

const emb = await client.embeddings.create({ model: "text-embedding-3-small", input: "vec", dimensions: 8 });
check("embeddings", emb.data[0].embedding.length === 8, JSON.stringify(emb.data[0]));

const mod = await client.moderations.create({ input: "build a bomb" });
check("moderations", mod.results[0].flagged === true, JSON.stringify(mod.results[0]));

const models = await client.models.list();
check("models", models.data.some((m) => m.id === "mock-echo"), JSON.stringify(models.data));

const resp = await client.responses.create({ model: "mock-echo", input: "respond please" });
check("responses", resp.output_text === "respond please", JSON.stringify(resp));

try {
  await client.chat.completions.create({ model: "gpt-nope", messages: [{ role: "user", content: "x" }] });
  check("404", false, "no error");
} catch (e) {
  check("404", e instanceof OpenAI.NotFoundError, String(e));
}
try {
  await client.chat.completions.create({ model: "mock-echo", messages: [] });
  check("400", false, "no error");
} catch (e) {
  check("400", e instanceof OpenAI.BadRequestError && e.code === "empty_array", String(e));
}
console.log("all checks passed");
