package org.cqfriendship.logistics.registration.confirmation;

import org.cqfriendship.logistics.registration.delegation.ConfirmationMail;
import org.cqfriendship.logistics.registration.delegation.Delegation;
import org.cqfriendship.logistics.support.testing.InMemoryMongo;
import org.cqfriendship.logistics.support.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The mailer on the local platform's store: named registrations are sent at once, the rest found by its sweep. */
class ConfirmationMailerTest {

    private static final Instant START = Instant.parse("2026-05-10T02:00:00Z");

    private InMemoryMongo.Fresh database;
    private MongoTemplate mongo;
    private final MovableClock clock = new MovableClock(START);
    private final List<String> sent = new ArrayList<>();
    private boolean serverDown;
    private ConfirmationMailChannel channel;
    private ConfirmationMailer mailer;

    @BeforeEach
    void store() {
        database = InMemoryMongo.freshDatabase("confirmations");
        mongo = database.mongo();
        channel = new ConfirmationMailChannel(null, null, null, "test") {
            @Override
            public Outcome send(Delegation delegation) {
                if (serverDown) {
                    return new Outcome(false, "MailSendException: connection refused");
                }
                sent.add(delegation.id());
                return new Outcome(true, null);
            }
        };
        mailer = new ConfirmationMailer(mongo, channel, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRegistrationStoredBeforeACrashIsFoundAtStartAndOneNamedLaterIsSentWithoutASearch() {
        stored("d1");
        mailer.poll();
        assertThat(sent).containsExactly("d1");

        stored("d2");
        clock.advance(Duration.ofSeconds(1));
        mailer.track(List.of(read("d2"))); // its event read: kept where the sweep finds it
        mailer.poll();
        assertThat(sent).as("not named, and the next sweep is 30 s away").containsExactly("d1");

        stored("d3");
        mailer.sendSoon("d3");
        mailer.poll();
        assertThat(sent).containsExactly("d1", "d3");

        clock.advance(Duration.ofSeconds(30));
        mailer.poll();
        assertThat(sent).containsExactly("d1", "d3", "d2");
        assertThat(mongo.findById("d2", Delegation.class).confirmation().status()).isEqualTo(ConfirmationMail.Status.SENT);
        assertThat(mongo.getCollection(DueConfirmations.COLLECTION).countDocuments()).as("nothing left to sweep").isZero();
    }

    @Test
    void aRetryParkedByAnInstanceThatDiedIsSentByAnotherInstancesSweepWhichReadsOnlyWhatIsDue() {
        ConfirmationMailer other = new ConfirmationMailer(mongo, channel, clock);
        other.poll(); // started, its look through the registrations done: nothing pending yet
        stored("d1");
        serverDown = true;
        mailer.sendSoon("d1");
        mailer.poll(); // refused; its retry parked, and then this instance dies
        stored("d2"); // stored, never named, its event not read yet: no sweep searches the registrations for it

        serverDown = false;
        clock.advance(Duration.ofSeconds(31));
        other.poll();
        assertThat(sent).containsExactly("d1");
        assertThat(mongo.findById("d1", Delegation.class).confirmation().status()).isEqualTo(ConfirmationMail.Status.SENT);

        other.track(List.of(read("d2")));
        clock.advance(Duration.ofSeconds(31));
        other.poll();
        assertThat(sent).containsExactly("d1", "d2");
        assertThat(mongo.getCollection(DueConfirmations.COLLECTION).countDocuments()).isZero();
    }

    @Test
    void aConfirmationTheServerRefusedIsSentWhenItsRetryIsDueNotAtTheNextSweep() {
        mailer.poll(); // the sweep at start, with nothing stored yet
        stored("d1");
        serverDown = true;
        mailer.sendSoon("d1");
        mailer.poll();
        assertThat(mongo.findById("d1", Delegation.class).confirmation().attempts()).isEqualTo(1);

        serverDown = false;
        clock.advance(Duration.ofSeconds(1));
        mailer.poll();
        assertThat(sent).as("its retry waits 2 s").isEmpty();
        clock.advance(Duration.ofSeconds(2));
        mailer.poll();
        assertThat(sent).containsExactly("d1");
        Delegation d1 = mongo.findById("d1", Delegation.class);
        assertThat(d1.confirmation().status()).isEqualTo(ConfirmationMail.Status.SENT);
        assertThat(d1.version()).as("sending is not an edit: an edit form opened before it still saves").isZero();
    }

    @Test
    void anEntryOlderThanItsRetryIsPutOffToTheRetryNotSweptAgainAndAgain() {
        mailer.poll(); // the sweep at start, with nothing stored yet
        stored("d1");
        mailer.track(List.of(read("d1"))); // read while due now
        Instant retry = clock.instant().plus(Duration.ofMinutes(2));
        mongo.updateFirst(Query.query(Criteria.where("_id").is("d1")), new Update().set("confirmation.attempts", 6)
                .set("confirmation.nextAttemptAt", retry), "delegations"); // a send failed meanwhile

        clock.advance(Duration.ofSeconds(31));
        mailer.poll();
        assertThat(sent).isEmpty();
        assertThat(mongo.getCollection(DueConfirmations.COLLECTION).find().first().getDate("dueAt").toInstant()).isEqualTo(retry);

        clock.advance(Duration.ofMinutes(2));
        mailer.poll();
        assertThat(sent).containsExactly("d1");
    }

    @Test
    void aRegistrationReadStillPendingJustBeforeItWasSentLeavesNothingToSweep() {
        mailer.poll(); // the sweep at start, with nothing stored yet
        stored("d1");
        mailer.sendSoon("d1");
        Delegation readByTheDesk = read("d1");
        mailer.poll();
        assertThat(sent).containsExactly("d1");

        mailer.track(List.of(readByTheDesk));

        assertThat(mongo.getCollection(DueConfirmations.COLLECTION).countDocuments()).isZero();
    }

    private Delegation read(String id) {
        return mongo.findById(id, Delegation.class);
    }

    private void stored(String id) {
        mongo.insert(new Delegation(id, null, new Delegation.Details("Vientiane", "LA", null, null, null, null),
                new Delegation.PrivateDetails(null, null), "coord-demo", List.of(), clock.instant(), "en",
                new ConfirmationMail(ConfirmationMail.Status.PENDING, 0, clock.instant(), null, null), new Delegation.Intake(null, null),
                null, null, List.of()));
    }

}
