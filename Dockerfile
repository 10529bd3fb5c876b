# Builds the runnable jar and runs it against the PostgreSQL that docker-compose.yml starts.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
# grid-api's runnable jar (not its -tests jar), and the demo's own classes (not grid-demo's runnable jar)
RUN mvn -B -DskipTests clean package \
 && mkdir /out \
 && cp grid-api/target/grid-api-*[!s].jar /out/envgrid.jar \
 && cp grid-demo/target/original-grid-demo-*.jar /out/envgrid-demo.jar

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /out/ /app/
EXPOSE 8080
# the demo beside the platform, loaded only with ENVGRID_DEMO_ENABLED=true
ENTRYPOINT ["java", "-cp", "/app/envgrid.jar:/app/envgrid-demo.jar", "com.envgrid.api.Application"]
