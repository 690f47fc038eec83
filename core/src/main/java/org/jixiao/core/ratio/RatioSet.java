package org.jixiao.core.ratio;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The standard ratios that could be computed, and for the others the inputs that were missing. */
public final class RatioSet {
    private final Map<RatioId, Ratio> computed;
    private final Map<RatioId, List<String>> missingInputs;

    RatioSet(Map<RatioId, Ratio> computed, Map<RatioId, List<String>> missingInputs) {
        this.computed = Collections.unmodifiableMap(new EnumMap<>(computed));
        this.missingInputs = Collections.unmodifiableMap(new EnumMap<>(missingInputs));
    }

    public Optional<Ratio> get(RatioId id) {
        return Optional.ofNullable(computed.get(id));
    }

    /** Ratios in the order of {@link RatioId}. */
    public List<Ratio> all() {
        return List.copyOf(computed.values());
    }

    /** For each ratio that could not be computed, the names of its missing inputs. */
    public Map<RatioId, List<String>> missingInputs() {
        return missingInputs;
    }
}
