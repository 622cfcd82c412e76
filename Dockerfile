# Builds Guildhall's image from source: docker compose --profile app up --build
FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -ntp dependency:go-offline
COPY src src
# Extracted, classes load from plain jars rather than jars nested in one: a few seconds less to start
RUN ./mvnw -B -ntp -DskipTests package \
 && java -Djarmode=tools -jar target/guildhall-*.jar extract --destination app \
 && mv app/guildhall-*.jar app/guildhall.jar

FROM eclipse-temurin:21-jre
RUN useradd --system --uid 10001 guildhall
WORKDIR /app
COPY --from=build /workspace/app/lib lib
COPY --from=build /workspace/app/guildhall.jar guildhall.jar
# A class data sharing archive, written by a training run that builds the application without a database and stops:
# start-up to ready falls by about a third
RUN java -XX:ArchiveClassesAtExit=/app/guildhall.jsa -Dspring.context.exit=onRefresh \
      -Dspring.profiles.active=cds-training -jar /app/guildhall.jar
USER guildhall
ENV SPRING_PROFILES_ACTIVE=postgres
# The heap Guildhall is measured with, native memory the JIT freed handed back every 10 s, two malloc arenas, a
# heap that gives back what a load left free, and a code cache the size the JIT fills: about 590 MiB resident
# at the end of the bench's load at size and 520 MiB 20 s later (bench/README.md)
ENV MALLOC_ARENA_MAX=2
ENV JAVA_TOOL_OPTIONS="-Xmx512m -XX:SharedArchiveFile=/app/guildhall.jsa -XX:+UnlockExperimentalVMOptions -XX:TrimNativeHeapInterval=10000 -XX:MaxHeapFreeRatio=30 -XX:MinHeapFreeRatio=10 -XX:G1PeriodicGCInterval=5000 -XX:ReservedCodeCacheSize=64m"
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/guildhall.jar"]
