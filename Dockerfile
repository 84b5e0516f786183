# berth itself. Run it with the Docker socket and a state volume:
#   docker build -t berth .
#   docker run --rm -v "$PWD/resources:/resources:ro" berth validate /resources
#   docker run -d -v /var/run/docker.sock:/var/run/docker.sock -v berth-state:/state \
#     -v "$PWD/resources:/resources:ro" --network host berth serve --watch /resources
# NODE_IMAGE lets a build use a local Node 20 base where Docker Hub is out of reach.
ARG NODE_IMAGE=node:20-bookworm-slim

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
ENTRYPOINT ["node", "/app/bin/berth.js"]
CMD ["--help"]
