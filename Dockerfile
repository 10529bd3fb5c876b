# Builds the runnable jar and runs it against the PostgreSQL that docker-compose.yml starts.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -DskipTests clean package

FROM eclipse-temurin:17-jre
WORKDIR /app
COPY --from=build /src/grid-api/target/grid-api-*.jar /app/envgrid.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/envgrid.jar"]
