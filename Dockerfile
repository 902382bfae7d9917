# syntax=docker/dockerfile:1

# Node's current LTS line. better-sqlite3 12 supports Node 20–26; `--build-arg NODE_VERSION=24`
# builds on the previous LTS line if a registry mirror lacks this one.
ARG NODE_VERSION=26

# ── build: compile TypeScript (better-sqlite3 compiles from source here, hence the toolchain) ──
FROM node:${NODE_VERSION}-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm run build

# ── deps: production dependencies only (no tsx, no vitest: the image runs compiled JavaScript) ──
FROM node:${NODE_VERSION}-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund

# ── runtime: no compiler, no dev dependencies, not root ──
FROM node:${NODE_VERSION}-slim
# The database lives in /app/data, the volume: ./data/parley.db from /app, which is also the
# default and what .env.example shows, so an --env-file cannot move it out of the volume.
ENV NODE_ENV=production PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json slack-manifest.json ./
# Dossiers are found by walking up from the compiled core (dist/src/core/dossier) to a briefings/
# folder: /app/briefings here, the repository's own outside Docker.
COPY briefings ./briefings
# `parley <command>` in the container: the same shim as `npx parley`, which runs dist/ when there are no sources.
COPY bin ./bin
RUN ln -s /app/bin/parley.mjs /usr/local/bin/parley \
  && mkdir -p /app/data && chown node:node /app/data
USER node
VOLUME ["/app/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The same heap cap as `npm start`: V8 otherwise grows lazily to ~400 MB while parsing large feeds.
CMD ["node", "--max-old-space-size=256", "dist/src/main.js"]
