# Build stage: compile the monorepo and build the web app (dev dependencies needed for the Nest CLI, its OpenAPI
# plugin and React Router's Vite build).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

# Runtime stage: compiled code and production dependencies only, run as the unprivileged node user.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3000
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/apps/web/build ./apps/web/build
# The NUCC taxonomy files a migration loads (found from dist/migrations by walking up to data/nucc).
COPY --from=build /app/data/nucc ./data/nucc
# DATA_DIR, where the worker writes mail as .eml files when no SMTP_URL is set: the unprivileged user must own it (a
# volume mounted there takes its owner from the image).
RUN mkdir .data && chown node:node .data
USER node
EXPOSE 3000
# The first start migrates and loads the demo data: failures in the start period do not count against it, so a worker
# waiting for the API to be healthy is not given up on.
HEALTHCHECK --interval=10s --timeout=3s --start-period=120s --retries=5 CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/apps/api/src/main.js"]
