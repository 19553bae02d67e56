# One image recipe for every service: docker compose passes SERVICE (and builds after
# ./mvnw -DskipTests package has produced <service>/target/<service>.jar).
FROM eclipse-temurin:17.0.15_6-jre
ARG SERVICE
# Fonts the services embed in PDFs: itineraries, run sheets, badges (Latin and Cyrillic, Chinese); see logistics.pdf.fonts.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core fonts-droid-fallback \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system app && useradd --system --gid app app
WORKDIR /app
COPY ${SERVICE}/target/${SERVICE}.jar app.jar
USER app
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/app.jar"]
