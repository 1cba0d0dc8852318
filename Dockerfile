# syntax=docker/dockerfile:1
# One image for both roles of the scaled-out mode (docker-compose.yml): the API (the default command)
# and the judge worker (`node --import tsx apps/worker/src/main.ts`). Node 24 LTS; isolated-vm 5.0.4
# and better-sqlite3 12 compile from source here, in the build stage, which has the toolchain.

FROM node:24-slim AS build
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Manifests first: the dependency layer (with its ~2 min of native builds) is reused until they change.
COPY package.json package-lock.json ./
COPY apps/server/package.json apps/server/
COPY apps/web/package.json apps/web/
COPY apps/worker/package.json apps/worker/
COPY packages/cli/package.json packages/cli/
COPY packages/contracts/package.json packages/contracts/
COPY packages/judge/package.json packages/judge/
COPY packages/problem-kit/package.json packages/problem-kit/
COPY packages/submissions/package.json packages/submissions/
RUN npm ci --no-audit --no-fund
COPY . .
# The web app is built once here; the API serves apps/web/dist.
RUN node scripts/build-web.mjs --force \
  # Dev tools (vite, vitest, typescript's declarations…) are not needed to run; the web app's own
  # dependencies (Monaco alone is ~100 MB) are already bundled into dist.
  && npm prune --omit=dev --no-audit --no-fund \
  && rm -rf node_modules/monaco-editor node_modules/katex apps/web/src apps/*/test packages/*/test

FROM node:24-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data /app/packages/judge/.cache && chown node:node /data /app/packages/judge/.cache
USER node
EXPOSE 3000
# tsx runs the TypeScript sources as `npm start` does; the judge starts its sandbox processes with
# --no-node-snapshot itself.
CMD ["node", "--import", "tsx", "apps/server/src/server.ts"]
