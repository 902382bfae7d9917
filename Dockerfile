# syntax=docker/dockerfile:1

# ── build: compile TypeScript (better-sqlite3 compiles from source here, hence the toolchain) ──
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY commands ./commands
RUN npm run build

# ── deps: production dependencies only (tsx is one, for `npm start` from sources) ──
FROM node:20-bookworm-slim AS deps
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev

# ── runtime: no compiler, no dev dependencies, not root ──
FROM node:20-bookworm-slim
ENV NODE_ENV=production PARLEY_DB=/data/parley.db PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json slack-manifest.json ./
# The core finds dossiers relative to its own module: ../../../briefings from dist/src/core/dossier.
COPY briefings ./dist/briefings
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# The same heap cap as `npm start`: V8 otherwise grows lazily to ~400 MB while parsing large feeds.
CMD ["node", "--max-old-space-size=256", "dist/src/main.js"]
