# Builds Guildhall's image from source: docker compose --profile app up --build
FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
RUN ./mvnw -B -ntp -DskipTests package && cp target/guildhall-*.jar guildhall.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 guildhall
WORKDIR /app
COPY --from=build /workspace/guildhall.jar guildhall.jar
USER guildhall
ENV SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/guildhall.jar"]
