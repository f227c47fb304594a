# The geokg API on Node 20. Neo4j runs in its own container (docker-compose.yml), so no Java here.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY . .
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
EXPOSE 4000
USER node
CMD ["node", "bin/geokg.js", "serve", "--load", "seed"]
