package dev.mino.runtime.lang;

/** A key/value pair; MapEntry is a two-element vector. */
public interface IMapEntry extends java.util.Map.Entry<Object, Object> {
    Object key();
    Object val();
}
