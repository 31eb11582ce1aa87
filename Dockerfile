# One image for the four services; SERVICE picks which one runs. TypeScript runs through SWC's register hook
# (as in development), so the image holds sources, not a second build output that could drift from them.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production NX_DAEMON=false
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY infra/register.js infra/register.js
COPY libs libs
COPY services services
# The provisioning command (topics and ACLs) only; the rest of infra/ is development tooling.
COPY infra/src/kafka/provision.ts infra/src/kafka/users.ts infra/src/kafka/
COPY infra/src/cli/kafka-provision.ts infra/src/cli/
USER node
ARG SERVICE
ENV SERVICE=${SERVICE}
CMD ["sh", "-c", "exec node -r ./infra/register.js services/${SERVICE}/src/main.ts"]
