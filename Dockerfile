# The images: the four services and the witness (the default target; SERVICE picks which one runs), and the web
# console (target `console`). TypeScript runs through SWC's register hook (as in development), so the images hold
# sources, not a second build output that could drift from them.

# What every runtime image shares: production dependencies, the register hook, the libraries.
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production NX_DAEMON=false
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY infra/register.js infra/register.js
COPY libs libs

# The console's static files, built as production serves them: without the persona sign-in (people sign in with the
# organisation's OpenID Connect provider), so neither that screen nor its endpoint's path is in the bundle.
FROM node:20-bookworm-slim AS console-build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.base.json tsconfig.json ./
COPY libs libs
COPY apps/console apps/console
RUN cd apps/console && NODE_ENV=production MUSTER_CONSOLE_DEV_LOGIN=0 node ../../node_modules/vite/bin/vite.js build

# The console: its gateway serves those files and passes /api/<service>/… to the services (apps/console/server).
FROM runtime AS console
COPY apps/console/server apps/console/server
COPY --from=console-build /app/apps/console/dist apps/console/dist
USER node
ENV CONSOLE_HOST=0.0.0.0 CONSOLE_PORT=8080
CMD ["node", "-r", "./infra/register.js", "apps/console/server/main.ts"]

# A service (the last stage: what `docker build` makes unless told a target).
FROM runtime AS service
COPY services services
# The provisioning command (topics and ACLs) only; the rest of infra/ is development tooling.
COPY infra/src/kafka/provision.ts infra/src/kafka/users.ts infra/src/kafka/
COPY infra/src/cli/kafka-provision.ts infra/src/cli/
USER node
ARG SERVICE
ENV SERVICE=${SERVICE}
CMD ["sh", "-c", "exec node -r ./infra/register.js services/${SERVICE}/src/main.ts"]
