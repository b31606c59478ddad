package org.bashke.network.position;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public reads: adopted positions, each with the text that was adopted. */
@Service
@Transactional(readOnly = true)
public class PublishedPositions {

    public record Published(NetworkPosition position, PositionVersion text) {
    }

    private final NetworkPositionRepository positions;
    private final NetworkPositionVersionRepository versions;

    PublishedPositions(NetworkPositionRepository positions, NetworkPositionVersionRepository versions) {
        this.positions = positions;
        this.versions = versions;
    }

    public List<Published> all() {
        List<NetworkPosition> adopted = positions.findByStatusOrderByAdoptedOnDescIdDesc(PositionStatus.ADOPTED).stream()
                .filter(NetworkPosition::isPublic).toList();
        Map<String, PositionVersion> texts = versions.findByPositionIdIn(adopted.stream().map(NetworkPosition::getId).toList())
                .stream().filter(PositionVersion::isAdopted)
                .collect(Collectors.toMap(v -> v.getPositionId() + "", Function.identity(), (a, b) -> a));
        return adopted.stream().filter(p -> texts.containsKey(p.getId() + ""))
                .map(p -> new Published(p, texts.get(p.getId() + ""))).toList();
    }

    public Optional<Published> one(long id) {
        return positions.findById(id).filter(NetworkPosition::isPublic)
                .flatMap(p -> versions.findByPositionIdAndNumber(id, p.getAdoptedVersion()).map(v -> new Published(p, v)));
    }
}
