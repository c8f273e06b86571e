# The Đôn Đốc worker image: compiled code plus a prebuilt workflow bundle and the built web app. It connects to the
# Temporal server named by TEMPORAL_ADDRESS (docker-compose.yml) and starts no server of its own.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY src ./src
COPY web ./web
RUN npm run build && npm run build:web && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/web/dist ./web/dist
COPY --from=build /app/scripts/temporal-versions.env ./scripts/temporal-versions.env
USER node
CMD ["node", "dist/src/workers/embedded.js"]
