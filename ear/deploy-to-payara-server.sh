#!/usr/bin/env bash
# Deploys ear/target/lantern.ear to a running Payara Server domain with its data source, jdbc/lantern:
# the README's Payara Server steps, and what EarDeploymentIT runs, so the two cannot drift apart.
#
# Settings (environment): LANTERN_DB_URL (jdbc:postgresql://127.0.0.1:5432/lantern; a jdbc:h2: URL
# uses Payara's own H2), LANTERN_DB_USER (postgres) and LANTERN_DB_PASSWORD (empty), as for run.sh;
# ASADMIN (asadmin on the PATH); asadmin's own AS_ADMIN_PORT / AS_ADMIN_HOST pick the domain.
set -euo pipefail
cd "$(dirname "$0")/.."

asadmin="${ASADMIN:-asadmin}"
db_url="${LANTERN_DB_URL:-jdbc:postgresql://127.0.0.1:5432/lantern}"
db_user="${LANTERN_DB_USER:-postgres}"
db_password="${LANTERN_DB_PASSWORD:-}"

# asadmin property values need ':' and '=' escaped; an empty value is written '()'. Without any
# password property Payara refuses the pool at deployment ("No password credential found"), even
# where PostgreSQL trusts the connection.
escape() { sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g' <<<"$1"; }
password="$(escape "$db_password")"
password="${password:-()}"

case "$db_url" in
  jdbc:postgresql:*)
    datasource=org.postgresql.ds.PGSimpleDataSource
    # The driver goes into the domain's common libraries once. Payara 6.2025.9 uses it for the new
    # pool without a restart (EarDeploymentIT); a local `asadmin restart-domain` here would start
    # the default domain instead of the one AS_ADMIN_PORT names.
    if ! "$asadmin" list-libraries | grep -qx postgresql.jar; then
      "$asadmin" add-library target/postgresql.jar
    fi
    ;;
  jdbc:h2:*) datasource=org.h2.jdbcx.JdbcDataSource ;;
  *) echo "LANTERN_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL" >&2; exit 2 ;;
esac

"$asadmin" create-jdbc-connection-pool --datasourceclassname "$datasource" --restype javax.sql.DataSource \
  --property "url=$(escape "$db_url"):user=$(escape "$db_user"):password=$password" LanternPool
"$asadmin" create-jdbc-resource --connectionpoolid LanternPool jdbc/lantern
"$asadmin" deploy ear/target/lantern.ear
