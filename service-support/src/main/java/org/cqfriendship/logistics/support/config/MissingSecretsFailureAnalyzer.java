package org.cqfriendship.logistics.support.config;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says which secrets a start lacks, one per line, instead of a stack trace. */
public class MissingSecretsFailureAnalyzer extends AbstractFailureAnalyzer<RequiredSecrets.MissingSecretsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RequiredSecrets.MissingSecretsException cause) {
        return new FailureAnalysis("This service refuses to start outside the local profile without its secrets:\n  - "
                + String.join("\n  - ", cause.problems()),
                "Set each one from your secret store (docker compose: the .env file, see .env.example), "
                        + "or start with the profile 'local' (SPRING_PROFILES_ACTIVE=local) for development on this machine only.",
                cause);
    }
}
