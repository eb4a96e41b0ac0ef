/** The baseline for the throughput benchmark: a bare Fastify route, no plugins, no logger, no database. */
import Fastify from "fastify";

const app = Fastify({ logger: false });
app.get("/bare", async () => ({ ok: true }));
await app.listen({ port: Number(process.env.PORT), host: "127.0.0.1" });
console.log(`bare fastify ready on ${process.env.PORT}`);
process.on("SIGTERM", () => void app.close().then(() => process.exit(0)));
