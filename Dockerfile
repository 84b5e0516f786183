# berth itself, on Node 24 (the current LTS). Run it with the Docker socket and a state volume:
#   docker build -t berth .
#   docker run --rm -v "$PWD/resources:/resources:ro" berth validate /resources
#   docker run -d -v /var/run/docker.sock:/var/run/docker.sock -v berth-state:/state \
#     --network host -e BERTH_REPO=https://github.com/acme/platform.git berth
# Mounting the socket gives berth (and anyone who controls it) full control of the Docker host.
# NODE_IMAGE lets a build use a local Node 24 base where Docker Hub is out of reach.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY schemas ./schemas
RUN npm run build && npm prune --omit=dev --ignore-scripts

FROM ${NODE_IMAGE}
# A small young generation and two malloc arenas keep a long-running berth serve near 100 MiB
# with 1,000 resources (V8 otherwise grows its young generation to 32 MiB while loading them).
ENV NODE_ENV=production BERTH_STATE_DIR=/state \
    NODE_OPTIONS=--max-semi-space-size=2 MALLOC_ARENA_MAX=2
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY bin ./bin
COPY schemas ./schemas
VOLUME /state
# Healthy while the service answers /healthz on the port of BERTH_LISTEN (default 8080).
HEALTHCHECK --interval=10s --timeout=3s --start-period=10s --retries=3 \
  CMD ["node", "-e", "const port = (process.env.BERTH_LISTEN || '127.0.0.1:8080').split(':').pop(); fetch('http://127.0.0.1:' + port + '/healthz').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1));"]
ENTRYPOINT ["node", "/app/bin/berth.js"]
CMD ["serve"]
