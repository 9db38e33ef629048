package org.quire.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quire.QuireIntegrationTest;
import org.quire.api.internal.AccessTokenStore;
import org.quire.descriptor.ChangeMarkup;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API over real HTTP on the loopback address: who gets in (401 without a live token, saying
 * whether it expired), what each caller sees (only their own workgroups; 404 for proposals outside
 * them, 403 for a workgroup they are not in), the JSON of a proposal, and the OpenAPI description.
 * Downloads are in {@link ApiDownloadsIT}.
 */
@QuireIntegrationTest
class ApiIT {

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext beans;
    @Autowired
    MongoTemplate mongo;

    ApiWorld world;

    @BeforeEach
    void arrange() {
        world = new ApiWorld(beans);
    }

    @AfterEach
    void revokeTheTokensMade() {
        world.revokeAll();
    }

    @Test
    void aCallWithoutATokenGets401WithABearerChallengeAndAProblem() throws Exception {
        var response = get("/api/v1/workgroups", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"Quire API\"");
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.headers().firstValue("Set-Cookie")).as("stateless: no session").isEmpty();
        var problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("detail").asString()).contains("Authorization: Bearer quire_pat_");
        assertThat(problem.path("instance").asString()).isEqualTo("/api/v1/workgroups");
    }

    @Test
    void aGarbledUnknownOrRevokedTokenGets401SayingItIsNotValid() throws Exception {
        var revoked = world.tokenOf("member");
        world.revoke(world.lastMadeId());
        for (var token : new String[] {"garbage", "quire_pat_" + "A".repeat(43), revoked}) {
            var response = get("/api/v1/workgroups", token);
            assertThat(response.statusCode()).as(token).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).as(token).hasValueSatisfying(
                    challenge -> assertThat(challenge).contains("error=\"invalid_token\""));
            assertThat(json(response).path("detail").asString()).as(token)
                    .startsWith("The access token is not valid.");
        }
    }

    @Test
    void anExpiredTokenGets401SayingItExpired() throws Exception {
        var token = world.tokenOf("member");
        mongo.updateFirst(Query.query(Criteria.where("_id").is(new ObjectId(world.lastMadeId().value()))),
                new Update().set("expiresOn", LocalDate.now(AccessTokens.ZONE).minusDays(1).toString()),
                AccessTokenStore.COLLECTION);

        var response = get("/api/v1/workgroups", token);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("The access token expired"));
        assertThat(json(response).path("detail").asString()).contains("expired at the end of");
    }

    @Test
    void aTokenActsForItsOwnerWhoSeesOnlyTheirOwnWorkgroups() throws Exception {
        world.otherProposal();
        // other tests give the demo member roles in workgroups of their own: look for the two that matter
        var member = json(get("/api/v1/workgroups", world.tokenOf("member")));
        var slugs = member.valueStream().map(workgroup -> workgroup.path("slug").asString()).toList();
        assertThat(slugs).contains("telehealth").doesNotContain(ApiWorld.OTHER_SLUG);
        assertThat(member.valueStream().filter(workgroup -> workgroup.path("slug").asString().equals("telehealth"))
                .map(workgroup -> workgroup.path("role").asString())).containsExactly("MEMBER");

        var outsider = json(get("/api/v1/workgroups", world.tokenOf(ApiWorld.OUTSIDER)));
        assertThat(outsider).hasSize(1);
        assertThat(outsider.get(0).path("slug").asString()).isEqualTo(ApiWorld.OTHER_SLUG);
        assertThat(outsider.get(0).path("role").asString()).isEqualTo("STAFF");

        var me = json(get("/api/v1/me", world.tokenOf("member")));
        assertThat(me.path("subject").asString()).isEqualTo("member");
        assertThat(me.path("name").asString()).isEqualTo("Dr. Rafael Okafor");
        assertThat(me.path("token").path("name").asString()).isEqualTo("API test");
    }

    @Test
    void anotherWorkgroupsMemberGets404ForItsProposalsAnd403ForTheWorkgroupItself() throws Exception {
        var other = world.otherProposal();
        var demo = world.demoProposal();
        var outsider = world.tokenOf(ApiWorld.OUTSIDER);

        assertNotFound(get("/api/v1/proposals/" + demo.value(), outsider));
        assertNotFound(get("/api/v1/proposals/" + demo.value() + "/exports/docx", outsider));
        assertNotFound(get("/api/v1/proposals/" + demo.value() + "/milestones/" + other.milestone().id().value(),
                outsider));
        assertNotFound(get("/api/v1/proposals/no-such-id", outsider));
        assertNotFound(get("/api/v1/workgroups/no-such-workgroup/proposals", outsider));
        var refused = get("/api/v1/workgroups/telehealth/proposals", outsider);
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).path("detail").asString()).isEqualTo("You are not a member of Telehealth Services "
                + "Workgroup.");
        assertThat(get("/api/v1/workgroups/telehealth/package", outsider).statusCode()).isEqualTo(403);

        var member = world.tokenOf("member");
        assertNotFound(get("/api/v1/proposals/" + other.id().value(), member));
        assertNotFound(get("/api/v1/proposals/" + other.id().value() + "/milestones/"
                + other.milestone().id().value(), member));
        assertThat(get("/api/v1/proposals/" + demo.value(), member).statusCode()).isEqualTo(200);
    }

    @Test
    void aProposalReadsAsJsonWithItsSectionsAndDescriptorsWithTheChangeMarkupOfRevisedCodes() throws Exception {
        var other = world.otherProposal();
        var token = world.tokenOf(ApiWorld.OUTSIDER);

        var listed = json(get("/api/v1/workgroups/" + ApiWorld.OTHER_SLUG + "/proposals", token));
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("id").asString()).isEqualTo(other.id().value());
        assertThat(listed.get(0).path("milestones").get(0).path("name").asString()).isEqualTo(ApiWorld.MILESTONE);

        var proposal = json(get("/api/v1/proposals/" + other.id().value(), token));
        assertThat(proposal.path("title").asString()).isEqualTo("Recorded video review");
        assertThat(proposal.path("state").asString()).isEqualTo("DRAFTING");
        assertThat(proposal.path("source").asString()).isEqualTo("Current draft");
        var first = proposal.path("sections").get(0);
        assertThat(first.path("kind").asString()).isEqualTo("INTRODUCTORY_LANGUAGE");
        assertThat(first.path("markdown").asString()).isEqualTo("New guidance ▶for recorded video◀.");
        assertThat(first.path("revision").asInt()).isEqualTo(2);
        assertThat(proposal.path("sections")).hasSize(5);
        var code = proposal.path("descriptors").path("families").get(0).path("descriptors").get(0);
        assertThat(code.path("code").asString()).isEqualTo("9X2X1");
        assertThat(code.path("action").asString()).isEqualTo("REVISED");
        assertThat(code.path("symbol").asString()).isEqualTo("▲");
        assertThat(code.path("currentText").asString()).isEqualTo(ApiWorld.REVISED_CURRENT);
        var expected = ChangeMarkup.between(ApiWorld.REVISED_CURRENT, ApiWorld.REVISED_PROPOSED).runs();
        assertThat(code.path("changes")).hasSize(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(code.path("changes").get(i).path("kind").asString()).isEqualTo(expected.get(i).kind().name());
            assertThat(code.path("changes").get(i).path("text").asString()).isEqualTo(expected.get(i).text());
        }
        assertThat(expected).anySatisfy(run -> assertThat(run.kind()).isEqualTo(ChangeMarkup.Kind.INSERTED));

        var frozen = json(get("/api/v1/proposals/" + other.id().value() + "/milestones/"
                + other.milestone().id().value(), token));
        assertThat(frozen.path("source").asString()).isEqualTo(ApiWorld.MILESTONE);
        assertThat(frozen.path("milestone").path("id").asString()).isEqualTo(other.milestone().id().value());
        assertThat(frozen.path("sections").get(0).path("markdown").asString())
                .isEqualTo("New guidance ▶for recorded video◀.");
        assertThat(frozen.path("descriptors").path("revision").asInt()).isEqualTo(other.milestone().descriptorRevision());
    }

    @Test
    void theDemoProposalListsForACommenterWhomItWasOpenedTo() throws Exception {
        var listed = json(get("/api/v1/workgroups/telehealth/proposals", world.tokenOf("commenter")));
        assertThat(listed).isNotEmpty();
        var demo = json(get("/api/v1/proposals/" + world.demoProposal().value(), world.tokenOf("commenter")));
        assertThat(demo.path("descriptors").path("families")).isNotEmpty();
        assertThat(demo.path("sections")).isNotEmpty();
    }

    @Test
    void unknownAddressesAndFormatsAnswerWithProblemsNotPages() throws Exception {
        var token = world.tokenOf("member");
        var unknown = get("/api/v1/nothing-here", token);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        var badFormat = get("/api/v1/proposals/" + world.demoProposal().value() + "/exports/odt", token);
        assertThat(badFormat.statusCode()).isEqualTo(400);
        assertThat(json(badFormat).path("detail").asString()).contains("use docx, pdf, html or markdown");
    }

    @Test
    void theOpenApiDescriptionIsServedWithoutATokenAndDescribesOnlyTheApi() throws Exception {
        var response = get("/api/v1/openapi.json", null);

        assertThat(response.statusCode()).isEqualTo(200);
        var description = json(response);
        assertThat(description.path("info").path("title").asString()).isEqualTo("Quire API");
        assertThat(description.path("paths").propertyNames()).contains("/api/v1/workgroups",
                "/api/v1/workgroups/{slug}/proposals", "/api/v1/workgroups/{slug}/package", "/api/v1/me",
                "/api/v1/proposals/{id}", "/api/v1/proposals/{id}/milestones/{milestoneId}",
                "/api/v1/proposals/{id}/exports/{format}")
                .allSatisfy(path -> assertThat(path).startsWith("/api/v1/"));
        var scheme = description.path("components").path("securitySchemes").path("personalAccessToken");
        assertThat(scheme.path("type").asString()).isEqualTo("http");
        assertThat(scheme.path("scheme").asString()).isEqualTo("bearer");
        assertThat(description.path("security").get(0).has("personalAccessToken")).isTrue();
        assertThat(description.path("paths").path("/api/v1/workgroups").path("get").path("responses").propertyNames())
                .contains("200", "401", "403");
    }

    private void assertNotFound(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
        assertThat(json(response).path("status").asInt()).isEqualTo(404);
    }

    HttpResponse<byte[]> get(String path, String token) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    JsonNode json(HttpResponse<byte[]> response) {
        return json.readTree(new String(response.body(), StandardCharsets.UTF_8));
    }
}
