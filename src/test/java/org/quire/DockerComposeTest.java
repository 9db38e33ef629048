package org.quire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quire.identity.DemoAccount;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.json.JsonMapper;

/**
 * docker-compose.yml, its Keycloak realm and the Dockerfile agree with each other and with what
 * Quire reads. Nothing is started (no Docker engine needed): the files are only parsed.
 */
class DockerComposeTest {

    private static final Path COMPOSE = Path.of("docker-compose.yml");
    private static final Path REALM = Path.of("docker/keycloak/quire-realm.json");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z][A-Za-z0-9_]*)");

    private static Map<String, Object> services;
    private static Map<String, Object> realm;

    @BeforeAll
    static void readTheFiles() throws IOException {
        services = map(new Yaml().<Map<String, Object>>load(Files.readString(COMPOSE)).get("services"));
        realm = map(JsonMapper.builder().build().readValue(REALM.toFile(), Map.class));
    }

    @Test
    void theStackIsMongoKeycloakMailpitAndQuireEachOnItsPorts() {
        assertThat(services).as("services of %s", COMPOSE).containsOnlyKeys("mongo", "keycloak", "mailpit", "quire");
        assertThat(ports("quire")).as("quire ports").contains("8080:8080");
        assertThat(ports("keycloak")).as("keycloak ports (the issuer URL names 8081)").contains("8081:8081");
        assertThat(ports("mongo")).as("mongo ports: loopback only").containsExactly("127.0.0.1:27017:27017");
        assertThat(ports("mailpit")).as("mailpit ports: SMTP and web UI")
                .anySatisfy(port -> assertThat(port).endsWith("1025:1025"))
                .anySatisfy(port -> assertThat(port).endsWith("8025:8025"));
    }

    @Test
    void mongoRunsAReplicaSetThatItsHealthcheckInitiates() {
        assertThat(String.valueOf(service("mongo").get("command"))).as("mongo command")
                .contains("--replSet", "rs0", "--bind_ip_all");
        assertThat(healthcheck("mongo")).as("mongo healthcheck: rs.initiate when rs.status() throws")
                .contains("rs.status()", "rs.initiate", "'rs0'", "mongo:27017");
    }

    @Test
    void servicesOthersDependOnAreHealthcheckedAndQuireWaitsUntilTheyAreHealthy() {
        var dependedOn = new HashSet<String>();
        services.keySet().forEach(name -> dependedOn.addAll(dependsOn(name).keySet()));
        assertThat(dependedOn).as("services others depend on").allSatisfy(name -> assertThat(service(name))
                .as("service %s, which others depend on", name).containsKey("healthcheck"));
        assertThat(dependsOn("quire")).as("quire depends_on").containsKeys("mongo", "keycloak");
        for (var name : List.of("mongo", "keycloak")) {
            assertThat(map(dependsOn("quire").get(name))).as("quire depends_on %s", name)
                    .containsEntry("condition", "service_healthy");
        }
        assertThat(healthcheck("quire")).as("quire healthcheck").contains("8080", "/actuator/health");
        assertThat(healthcheck("keycloak")).as("keycloak healthcheck").contains("9000", "/health/ready");
        assertThat(environment("keycloak")).as("keycloak environment").containsEntry("KC_HEALTH_ENABLED", "true");
    }

    @Test
    void quireUsesTheReplicaSetAndAnIssuerBothBrowsersAndContainersResolve() {
        var env = environment("quire");
        assertThat(env.get("MONGODB_URI")).as("MONGODB_URI").startsWith("mongodb://mongo:").contains("replicaSet=rs0");
        var issuer = URI.create(env.get("QUIRE_OIDC_ISSUER_URI"));
        assertThat(issuer.getHost()).as("issuer host (browsers resolve *.localhost)").endsWith(".localhost");
        assertThat(map(map(service("keycloak").get("networks")).get("default")).get("aliases"))
                .as("keycloak network aliases").asInstanceOf(LIST).contains(issuer.getHost());
        assertThat(environment("keycloak").get("KC_HOSTNAME")).as("KC_HOSTNAME versus the issuer %s", issuer)
                .isEqualTo(issuer.getScheme() + "://" + issuer.getAuthority());
        assertThat(issuer.getPath()).as("issuer versus %s", REALM).isEqualTo("/realms/" + realm.get("realm"));
        assertThat(env.get("QUIRE_ADMINISTRATORS")).as("QUIRE_ADMINISTRATORS").isEqualTo(issuer + "#staff");
        assertThat(env).as("quire environment").containsEntry("SPRING_PROFILES_ACTIVE", "prod")
                .containsEntry("QUIRE_SEED_DEMO_WORKGROUP", "true").containsEntry("QUIRE_SERVER_ADDRESS", "0.0.0.0");
    }

    @Test
    void quireSendsItsMailToTheMailCatchersSmtpPort() {
        var env = environment("quire");
        assertThat(env).as("quire environment: notification e-mail").containsEntry("SPRING_MAIL_HOST", "mailpit");
        assertThat(ports("mailpit")).as("mailpit ports versus SPRING_MAIL_PORT")
                .anySatisfy(port -> assertThat(port).endsWith(":" + env.get("SPRING_MAIL_PORT")));
        assertThat(dependsOn("quire")).as("quire does not wait for the mail catcher: mail is optional")
                .doesNotContainKey("mailpit");
    }

    @Test
    void theRealmClientMatchesQuiresClientSettings() {
        var env = environment("quire");
        List<Map<String, Object>> clients = list(realm.get("clients"));
        assertThat(clients).as("clients of %s", REALM).extracting(client -> client.get("clientId"))
                .containsOnlyOnce(env.get("QUIRE_OIDC_CLIENT_ID"));
        var client = clients.stream().filter(c -> c.get("clientId").equals(env.get("QUIRE_OIDC_CLIENT_ID")))
                .findFirst().orElseThrow();
        assertThat(client).as("client %s of %s", client.get("clientId"), REALM)
                .containsEntry("secret", env.get("QUIRE_OIDC_CLIENT_SECRET")).containsEntry("publicClient", false)
                .containsEntry("standardFlowEnabled", true).containsEntry("implicitFlowEnabled", false)
                .containsEntry("directAccessGrantsEnabled", false).containsEntry("serviceAccountsEnabled", false)
                .containsEntry("redirectUris", List.of("http://localhost:8080/login/oauth2/code/quire"));
        assertThat(map(client.get("attributes"))).as("client attributes")
                .containsEntry("pkce.code.challenge.method", "S256")
                .containsEntry("post.logout.redirect.uris", "http://localhost:8080/signin");
    }

    @Test
    void theRealmHoldsExactlyTheDemoAccountsWithTheUsernameAsId() {
        List<Map<String, Object>> users = list(realm.get("users"));
        assertThat(users).as("users of %s", REALM).extracting(user -> user.get("username"))
                .containsExactlyInAnyOrderElementsOf(DemoAccount.ALL.stream().map(DemoAccount::username).toList());
        for (var account : DemoAccount.ALL) {
            var user = users.stream().filter(u -> account.username().equals(u.get("username"))).findFirst().get();
            assertThat(user).as("user %s (the seeded memberships use subject = username)", account.username())
                    .containsEntry("id", account.username()).containsEntry("email", account.email())
                    .containsEntry("emailVerified", true).containsEntry("enabled", true);
            assertThat(user.get("firstName") + " " + user.get("lastName")).as("name").isEqualTo(account.name());
            assertThat(list(user.get("credentials"))).as("credentials of %s", account.username())
                    .containsExactly(Map.of("type", "password", "value", DemoAccount.PASSWORD, "temporary", false));
        }
    }

    @Test
    void quireIsGivenOnlyEnvironmentVariablesItReads() throws IOException {
        // Spring Boot binds SPRING_MAIL_* to spring.mail.* itself; a placeholder in application.yml would set
        // spring.mail.host even when empty, and a set host switches mail on.
        var read = new HashSet<>(List.of("SPRING_PROFILES_ACTIVE", "SPRING_MAIL_HOST", "SPRING_MAIL_PORT"));
        try (var files = Files.newDirectoryStream(Path.of("src/main/resources"), "application*.yml")) {
            for (var file : files) {
                PLACEHOLDER.matcher(Files.readString(file)).results().forEach(match -> read.add(match.group(1)));
            }
        }
        assertThat(read).as("placeholders of application*.yml").contains("MONGODB_URI", "QUIRE_OIDC_ISSUER_URI");
        assertThat(environment("quire").keySet()).as("quire environment in %s, versus the ${NAME} placeholders of "
                + "application*.yml (one Quire does not read is a typo or a dead setting)", COMPOSE).isSubsetOf(read);
    }

    @Test
    void theImageIsBuiltWithTheMavenWrapperAndRunsAsANonRootUser() throws IOException {
        assertThat(service("quire").get("build")).as("quire build context").isEqualTo(".");
        assertThat(Path.of("Dockerfile")).as("Dockerfile next to %s", COMPOSE).exists();
        var dockerfile = Files.readString(Path.of("Dockerfile"));
        assertThat(dockerfile).as("Dockerfile").contains("FROM eclipse-temurin:25-jdk AS build", "./mvnw -B package",
                "FROM eclipse-temurin:25-jre", "/app/quire.jar", "EXPOSE 8080");
        assertThat(dockerfile.lines().filter(line -> line.startsWith("USER ")).toList()).as("USER of the Dockerfile")
                .singleElement().isNotIn("USER root", "USER 0");
        assertThat(Files.readAllLines(Path.of(".dockerignore"))).as(".dockerignore").contains("target/", "data/");
    }

    private static Map<String, Object> service(String name) {
        assertThat(services).as("services of %s", COMPOSE).containsKey(name);
        return map(services.get(name));
    }

    private static Map<String, Object> dependsOn(String name) {
        return map(service(name).getOrDefault("depends_on", Map.of()));
    }

    private static List<String> ports(String name) {
        return list(service(name).getOrDefault("ports", List.of())).stream().map(String::valueOf).toList();
    }

    private static String healthcheck(String name) {
        return String.valueOf(map(service(name).get("healthcheck")).get("test"));
    }

    private static Map<String, String> environment(String name) {
        var result = new LinkedHashMap<String, String>();
        map(service(name).getOrDefault("environment", Map.of())).forEach((key, value) -> result.put(key, "" + value));
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        assertThat(value).as("a mapping").isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> list(Object value) {
        assertThat(value).as("a list").isInstanceOf(List.class);
        return (List<T>) value;
    }
}
