package io.github.bmmsite.engine;

import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import freemarker.template.WrappingTemplateModel;

import java.util.Iterator;
import java.util.Map;

/**
 * A record as a template reads it ({@link TemplateData}): a component is read when the template
 * asks for it, so a page's data is not copied into maps before it renders.
 */
final class RecordModel extends WrappingTemplateModel implements TemplateHashModelEx2 {

    private final Record record;
    private final TemplateData data;

    RecordModel(Record record, TemplateData data, ObjectWrapper wrapper) {
        super(wrapper);
        this.record = record;
        this.data = data;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        Object value = data.get(record, key);
        return value == null ? null : wrap(value);
    }

    @Override
    public boolean isEmpty() {
        return data.entries(record).isEmpty();
    }

    @Override
    public int size() {
        return data.entries(record).size();
    }

    @Override
    public TemplateCollectionModel keys() {
        return new SimpleCollection(data.entries(record).stream().map(Map.Entry::getKey).toList(), getObjectWrapper());
    }

    @Override
    public TemplateCollectionModel values() {
        return new SimpleCollection(data.entries(record).stream().map(Map.Entry::getValue).toList(), getObjectWrapper());
    }

    @Override
    public KeyValuePairIterator keyValuePairIterator() {
        Iterator<Map.Entry<String, Object>> entries = data.entries(record).iterator();
        return new KeyValuePairIterator() {
            @Override
            public boolean hasNext() {
                return entries.hasNext();
            }

            @Override
            public KeyValuePair next() throws TemplateModelException {
                Map.Entry<String, Object> entry = entries.next();
                TemplateModel key = wrap(entry.getKey());
                TemplateModel value = wrap(entry.getValue());
                return new KeyValuePair() {
                    @Override
                    public TemplateModel getKey() {
                        return key;
                    }

                    @Override
                    public TemplateModel getValue() {
                        return value;
                    }
                };
            }
        };
    }

    /** The wrapper of the built-in engine: records as {@link RecordModel}s, nothing templates cannot read. */
    static final class Wrapper extends DefaultObjectWrapper {

        private final TemplateData data;

        Wrapper(Version version, TemplateData data) {
            super(new DefaultObjectWrapperBuilder(version), true);
            this.data = data;
        }

        @Override
        protected TemplateModel handleUnknownType(Object value) throws TemplateModelException {
            if (value instanceof Record record) {
                return new RecordModel(record, data, this);
            }
            throw new TemplateModelException(TemplateData.unreadable(value));
        }
    }
}
