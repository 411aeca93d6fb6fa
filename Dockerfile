# The CRM on the official WildFly image, configured by the same CLI script as the local server.
# Build the project first (./crm run builds it, or: mvn -B install -DskipTests), then:
#   docker build -t crm .
#   docker run -p 8080:8080 -e CRM_DB_HOST=db -e CRM_DB_USER=crm -e CRM_DB_PASSWORD=secret \
#     -e CRM_OPERATOR_INITIAL_PASSWORD=change-me-now crm
FROM quay.io/wildfly/wildfly:39.0.1.Final-jdk17

# MySQL Connector/J as a server module (the build lays it out under .crm/).
COPY --chown=jboss:root server/src/main/modules/com/mysql/main/module.xml /opt/jboss/wildfly/modules/com/mysql/main/module.xml
COPY --chown=jboss:root .crm/wildfly-39.0.1.Final/modules/com/mysql/main/mysql-connector-j.jar /opt/jboss/wildfly/modules/com/mysql/main/mysql-connector-j.jar

# Datasources, security, limits and logging: the same script CI applies to the local server.
COPY --chown=jboss:root server/src/main/cli/configure.cli /tmp/configure.cli
RUN /opt/jboss/wildfly/bin/jboss-cli.sh --file=/tmp/configure.cli \
 && rm -rf /opt/jboss/wildfly/standalone/configuration/standalone_xml_history /tmp/configure.cli

COPY --chown=jboss:root web/target/crm.war tenant-admin/target/tenant-admin.war /opt/jboss/wildfly/standalone/deployments/

EXPOSE 8080
# On SIGTERM, stop taking requests and let running ones finish for up to 30 s.
CMD ["/opt/jboss/wildfly/bin/standalone.sh", "-b", "0.0.0.0", "-Dorg.wildfly.sigterm.suspend.timeout=30"]
