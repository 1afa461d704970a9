package dev.mino.runtime.interop;

import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IProxy;
import java.lang.classfile.ClassBuilder;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassHierarchyResolver;
import java.lang.classfile.CodeBuilder;
import java.lang.classfile.Label;
import java.lang.classfile.TypeKind;
import java.lang.constant.ClassDesc;
import java.lang.constant.ConstantDescs;
import java.lang.constant.MethodTypeDesc;
import java.lang.reflect.AccessFlag;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * The class file of a proxy class (java.lang.classfile): a public subclass of the proxied class that
 * implements the proxied interfaces and {@link IProxy}. It has a constructor for each public or protected
 * constructor of its superclass, and overrides every method it can (see {@link ProxyMethods}): each asks
 * {@link ProxyCalls#call} for the fn mapped to its name, and without one calls the superclass's method,
 * or, for an abstract or interface method, throws UnsupportedOperationException.
 */
final class ProxyClassWriter {
    private static final String MAPPINGS = "__clojureFnMap";
    private static final ClassDesc CD_MAP = desc(IPersistentMap.class);
    private static final ClassDesc CD_PROXY = desc(IProxy.class);
    private static final ClassDesc CD_CALLS = desc(ProxyCalls.class);
    private static final MethodTypeDesc CALL = MethodTypeDesc.of(ConstantDescs.CD_Object, CD_PROXY, ConstantDescs.CD_String,
            ConstantDescs.CD_Object.arrayType());

    private final ClassDesc self;
    private final Class<?> superclass;
    private final ClassDesc superDesc;
    private final List<Class<?>> interfaces;

    ProxyClassWriter(String name, Class<?> superclass, List<Class<?>> interfaces) {
        this.self = ClassDesc.of(name);
        this.superclass = superclass;
        this.superDesc = desc(superclass);
        this.interfaces = interfaces;
    }

    /** The class file's bytes; frames are computed with classes as loader sees them. */
    byte[] bytes(ClassLoader loader) {
        ClassFile cf = ClassFile.of(ClassFile.ClassHierarchyResolverOption.of(ClassHierarchyResolver.ofClassLoading(loader)));
        return cf.build(self, cb -> {
            cb.withFlags(AccessFlag.PUBLIC, AccessFlag.SUPER);
            cb.withSuperclass(superDesc);
            ClassDesc[] ifaces = new ClassDesc[interfaces.size() + 1];
            for (int i = 0; i < interfaces.size(); i++) ifaces[i] = desc(interfaces.get(i));
            ifaces[interfaces.size()] = CD_PROXY;
            cb.withInterfaceSymbols(ifaces);
            cb.withField(MAPPINGS, CD_MAP, ClassFile.ACC_PRIVATE | ClassFile.ACC_VOLATILE);
            for (Constructor<?> k : superclass.getDeclaredConstructors()) {
                if (Modifier.isPublic(k.getModifiers()) || Modifier.isProtected(k.getModifiers())) constructor(cb, k);
            }
            mappingAccessors(cb);
            for (Method m : ProxyMethods.overridable(superclass, interfaces)) method(cb, m);
        });
    }

    private void constructor(ClassBuilder cb, Constructor<?> k) {
        MethodTypeDesc type = MethodTypeDesc.of(ConstantDescs.CD_void, descs(k.getParameterTypes()));
        cb.withMethodBody(ConstantDescs.INIT_NAME, type, ClassFile.ACC_PUBLIC, code -> {
            code.aload(0);
            loadParameters(code, k.getParameterTypes());
            code.invokespecial(superDesc, ConstantDescs.INIT_NAME, type);
            code.return_();
        });
    }

    /** IProxy's three methods, over the volatile field that holds the mappings. */
    private void mappingAccessors(ClassBuilder cb) {
        cb.withMethodBody("__getClojureFnMappings", MethodTypeDesc.of(CD_MAP), ClassFile.ACC_PUBLIC, code -> {
            code.aload(0);
            code.getfield(self, MAPPINGS, CD_MAP);
            code.areturn();
        });
        cb.withMethodBody("__initClojureFnMappings", MethodTypeDesc.of(ConstantDescs.CD_void, CD_MAP), ClassFile.ACC_PUBLIC, code -> {
            code.aload(0);
            code.aload(1);
            code.putfield(self, MAPPINGS, CD_MAP);
            code.return_();
        });
        cb.withMethodBody("__updateClojureFnMappings", MethodTypeDesc.of(ConstantDescs.CD_void, CD_MAP), ClassFile.ACC_PUBLIC, code -> {
            code.aload(0);
            code.aload(0);
            code.getfield(self, MAPPINGS, CD_MAP);
            code.aload(1);
            code.invokestatic(CD_CALLS, "merged", MethodTypeDesc.of(CD_MAP, CD_MAP, CD_MAP));
            code.putfield(self, MAPPINGS, CD_MAP);
            code.return_();
        });
    }

    /** An override of m: the mapped fn's result, else the fallback. */
    private void method(ClassBuilder cb, Method m) {
        Class<?>[] params = m.getParameterTypes();
        MethodTypeDesc type = MethodTypeDesc.of(desc(m.getReturnType()), descs(params));
        int flags = Modifier.isProtected(m.getModifiers()) ? ClassFile.ACC_PROTECTED : ClassFile.ACC_PUBLIC;
        if (m.isVarArgs()) flags |= ClassFile.ACC_VARARGS;
        cb.withMethodBody(m.getName(), type, flags, code -> {
            Label fallback = code.newLabel();
            code.aload(0);
            code.ldc(m.getName());
            boxedArguments(code, params);
            code.invokestatic(CD_CALLS, "call", CALL);
            code.dup();
            code.getstatic(CD_CALLS, "NO_FN", ConstantDescs.CD_Object);
            code.if_acmpeq(fallback);
            returnResult(code, m.getReturnType());
            code.labelBinding(fallback);
            code.pop();
            if (ProxyMethods.hasSuperImplementation(superclass, m)) {
                code.aload(0);
                loadParameters(code, params);
                code.invokespecial(superDesc, m.getName(), type);
                code.return_(TypeKind.from(m.getReturnType()));
            } else {
                code.ldc(m.getName());
                code.invokestatic(CD_CALLS, "unsupported",
                        MethodTypeDesc.of(desc(RuntimeException.class), ConstantDescs.CD_String));
                code.athrow();
            }
        });
    }

    /** A new Object[] of the parameters, primitives boxed. */
    private static void boxedArguments(CodeBuilder code, Class<?>[] params) {
        code.loadConstant(params.length);
        code.anewarray(ConstantDescs.CD_Object);
        int slot = 1;
        for (int i = 0; i < params.length; i++) {
            code.dup();
            code.loadConstant(i);
            TypeKind kind = TypeKind.from(params[i]);
            code.loadLocal(kind, slot);
            if (params[i].isPrimitive()) {
                Class<?> box = boxOf(params[i]);
                code.invokestatic(desc(box), "valueOf", MethodTypeDesc.of(desc(box), desc(params[i])));
            }
            code.aastore();
            slot += kind.slotSize();
        }
    }

    private static void loadParameters(CodeBuilder code, Class<?>[] params) {
        int slot = 1;
        for (Class<?> p : params) {
            TypeKind kind = TypeKind.from(p);
            code.loadLocal(kind, slot);
            slot += kind.slotSize();
        }
    }

    /** The fn's result (an Object on the stack) returned as the method's type. */
    private static void returnResult(CodeBuilder code, Class<?> type) {
        if (type == void.class) {
            code.pop();
            code.return_();
        } else if (type.isPrimitive()) {
            String converter = "to" + Character.toUpperCase(type.getName().charAt(0)) + type.getName().substring(1);
            code.invokestatic(CD_CALLS, converter, MethodTypeDesc.of(desc(type), ConstantDescs.CD_Object));
            code.return_(TypeKind.from(type));
        } else {
            if (type != Object.class) code.checkcast(desc(type));
            code.areturn();
        }
    }

    private static ClassDesc desc(Class<?> c) {
        return c.describeConstable().orElseThrow(() -> new IllegalArgumentException("Cannot proxy over the class " + c.getName()));
    }

    private static ClassDesc[] descs(Class<?>[] cs) {
        return Arrays.stream(cs).map(ProxyClassWriter::desc).toArray(ClassDesc[]::new);
    }

    /** The wrapper class of a primitive type (Integer for int). */
    private static Class<?> boxOf(Class<?> primitive) {
        return java.lang.invoke.MethodType.methodType(primitive).wrap().returnType();
    }
}
