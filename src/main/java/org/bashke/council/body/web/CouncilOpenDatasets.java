package org.bashke.council.body.web;

import org.bashke.council.body.CouncilOpenData;
import org.bashke.portal.OpenDataset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Lists the council's datasets on the portal's open data page, the OpenAPI document as their dictionary. */
@Configuration(proxyBeanMethods = false)
class CouncilOpenDatasets {

    @Bean
    OpenDataset councilMeetingsDataset() {
        return dataset("meetings");
    }

    @Bean
    OpenDataset councilDecisionsDataset() {
        return dataset("decisions");
    }

    @Bean
    OpenDataset councilSeatsDataset() {
        return dataset("seats");
    }

    private static OpenDataset dataset(String name) {
        if (!CouncilOpenData.DATASETS.contains(name)) {
            throw new IllegalArgumentException(name);
        }
        return new OpenDataset() {
            @Override
            public String nameKey() {
                return "council.openData.dataset." + name;
            }

            @Override
            public String descriptionKey() {
                return "council.openData.about." + name;
            }

            @Override
            public String csvUrl() {
                return "/council/open-data/" + name + ".csv";
            }

            @Override
            public String jsonUrl() {
                return "/council/open-data/" + name + ".json";
            }

            @Override
            public String dictionaryUrl() {
                return "/council/open-data/openapi.json";
            }
        };
    }
}
