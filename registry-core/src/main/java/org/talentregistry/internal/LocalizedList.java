package org.talentregistry.internal;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.talentregistry.Localizable;

/**
 * A list of things said in Chinese or English, as one message argument: joined by 、 in Chinese and by a
 * comma in English. A value: equal lists render equally.
 *
 * <p>Internal: not part of the supported API.
 *
 * @param items the items, in order
 */
public record LocalizedList(List<? extends Localizable> items) implements Localizable {
    /**
     * Creates a list.
     *
     * @param items not null
     */
    public LocalizedList {
        items = List.copyOf(items);
    }

    @Override
    public String render(Locale locale) {
        return items.stream().map(i -> i.render(locale)).collect(Collectors.joining(Catalog.chinese(locale) ? "、" : ", "));
    }
}
