# Ecotone in a container: Node 20 (the pinned runtime, see docs/production.md), production
# dependencies only. tsx and esbuild are runtime dependencies: `bin/ecotone.js` runs the
# TypeScript sources through tsx's loader, and the admin's scripts are bundled with esbuild when
# the server starts. better-sqlite3 and sharp are native: the build stage has a compiler in case
# no prebuilt binary can be fetched.
#
#   docker build -t ecotone .
#   docker run -p 3000:3000 -v ecotone-data:/data ecotone serve --demo-if-empty     # a trial on SQLite
#   docker run -p 3000:3000 --env-file /etc/ecotone/ecotone.env ecotone             # production (PostgreSQL + S3)

FROM node:20-bookworm-slim AS build
WORKDIR /opt/ecotone
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ ca-certificates \
 && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && npm cache clean --force

FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    DATA_DIR=/data
WORKDIR /opt/ecotone
COPY --from=build /opt/ecotone/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY bin ./bin
COPY src ./src
COPY docs ./docs
# The local stand-in of the CBD API: used only by `serve --demo-if-empty` without CBD_API_URL.
COPY test/cbd-stand-in ./test/cbd-stand-in
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
# Liveness only (no database call); orchestrators should use /readyz for traffic.
HEALTHCHECK --interval=30s --timeout=3s --start-period=60s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
ENTRYPOINT ["node", "--max-old-space-size=1024", "--v8-pool-size=2", "bin/ecotone.js"]
CMD ["serve"]
